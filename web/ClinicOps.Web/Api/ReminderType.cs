namespace ClinicOps.Web.Api;

/// <summary>How a reminder reaches the patient: the service sends sms and email; a call is a task for the front desk.</summary>
public static class ReminderType
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Call = "call";

    public static readonly IReadOnlyList<string> All = [Email, Sms, Call];

    public static string Label(string type) => type switch
    {
        Sms => "SMS",
        Email => "Email",
        Call => "Phone call",
        _ => type,
    };

    /// <summary>"by email", "by SMS", "by phone call", to end a sentence.</summary>
    public static string By(string type) => type switch
    {
        Sms => "by SMS",
        Email => "by email",
        Call => "by phone call",
        _ => $"by {type}",
    };
}
