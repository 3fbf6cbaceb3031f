namespace ClinicOps.Contracts.Reminders;

/// <summary>How a reminder reaches the patient: sms and email are sent by the reminders service, call is a task for staff.</summary>
public static class ReminderTypes
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Call = "call";

    public static readonly IReadOnlyList<string> All = [Sms, Email, Call];
}
