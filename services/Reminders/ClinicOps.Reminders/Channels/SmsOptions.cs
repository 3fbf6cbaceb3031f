namespace ClinicOps.Reminders.Channels;

/// <summary>
/// Configuration section "Sms": a Twilio-style provider (form POST of To, From, Body with basic auth
/// AccountSid:ApiKey). Without Url and ApiKey the development channel logs messages instead.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    public string? Url { get; set; }
    public string? AccountSid { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>The sender number or name.</summary>
    public string From { get; set; } = "ClinicOps";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url) && !string.IsNullOrWhiteSpace(ApiKey);
}
