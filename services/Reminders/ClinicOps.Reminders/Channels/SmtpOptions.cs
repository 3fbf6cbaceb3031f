namespace ClinicOps.Reminders.Channels;

/// <summary>Configuration section "Smtp". Without a Host, email reminders fail with a clear error.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender, e.g. "ClinicOps Reminders &lt;reminders@clinicops.local&gt;".</summary>
    public string? From { get; set; }
    /// <summary>TLS (STARTTLS, or implicit TLS on port 465): on unless turned off, as only the development mailbox may.</summary>
    public bool UseTls { get; set; } = true;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
