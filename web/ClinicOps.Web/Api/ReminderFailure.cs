namespace ClinicOps.Web.Api;

/// <summary>
/// Why a reminder's last attempt failed, in words for the front desk. The reminders service records what its mail server
/// or SMS provider said, which means little at the desk; the known kinds get a sentence saying what happened and what
/// to do, anything else shows as recorded. The recorded text stays available beside it for support.
/// </summary>
public static class ReminderFailure
{
    public static string? Describe(string? lastError) => lastError switch
    {
        null or "" => null,
        _ when lastError.StartsWith("SMTP ", StringComparison.Ordinal) =>
            "The email could not be handed to the mail server. It is tried again a few times.",
        _ when lastError.StartsWith("Email is not configured", StringComparison.Ordinal) =>
            "Email sending is not set up on the clinic's server. Tell support.",
        _ when lastError.EndsWith("is not a valid email address.", StringComparison.Ordinal) =>
            "The patient's email address is not valid. Correct it on the patient's page.",
        _ when lastError.StartsWith("SMS provider unreachable", StringComparison.Ordinal) =>
            "The SMS provider could not be reached. It is tried again a few times.",
        _ when lastError.StartsWith("SMS provider answered", StringComparison.Ordinal) =>
            "The SMS provider refused the message. Check the patient's phone number.",
        "The patient has no email address." => "The patient has no email address. Add one, or remind them by SMS or a call.",
        "The patient has no phone number." => "The patient has no phone number. Add one on the patient's page.",
        "The patient's contact details have not arrived from scheduling yet." =>
            "The patient's contact details were not available yet. It is tried again shortly.",
        "Staff could not reach the patient." => "The front desk could not reach the patient.",
        _ => lastError,
    };

    /// <summary>True when <see cref="Describe"/> put the recorded text into other words (so it is worth showing too).</summary>
    public static bool IsReworded(string? lastError) => Describe(lastError) is { } described && described != lastError;
}
