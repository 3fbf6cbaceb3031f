namespace ClinicOps.Web.Api;

/// <summary>What carried a reminder, in words: the reminders service's channel names.</summary>
public static class ReminderChannel
{
    public static string? Label(string? channel) => channel switch
    {
        null => null,
        "smtp" => "Email server",
        "sms-http" => "SMS provider",
        "sms-dev-log" => "Development log (no SMS sent)",
        "staff" => "Front desk",
        _ => channel,
    };
}
