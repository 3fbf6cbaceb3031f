namespace ClinicOps.Web.Api;

/// <summary>
/// The forms of an appointment's page (reschedule, notes, cancel, complete, no-show, delete). Each carries the version
/// the page showed, sent as If-Match: a change made meanwhile by someone else answers 412 instead of being overwritten.
/// </summary>
public sealed class AppointmentActionForm
{
    public uint Version { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int DurationMinutes { get; set; }
    public string? Notes { get; set; }
    public string? Reason { get; set; }

    public string ETag => $"\"{Version}\"";

    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["startsAt"] = nameof(Date),
    };
}
