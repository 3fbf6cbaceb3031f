namespace ClinicOps.Reminders.Model;

/// <summary>How a reminder reaches the patient: sms and email are sent by the dispatcher, call is a task for staff.</summary>
public static class ReminderTypes
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Call = "call";

    public static readonly IReadOnlyList<string> All = [Sms, Email, Call];

    /// <summary>The types the dispatcher delivers itself.</summary>
    public static readonly IReadOnlyList<string> Dispatched = [Sms, Email];
}
