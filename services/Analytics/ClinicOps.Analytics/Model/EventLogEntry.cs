using System.Text.Json;
using ClinicOps.Contracts;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// One applied event, kept append-only without personal data (<see cref="PersonalData"/>), so the read model can be
/// rebuilt by replaying it.
/// Not tenant-filtered: the log is read across clinics by the rebuild, never by a request.
/// </summary>
public sealed class EventLogEntry
{
    public long Sequence { get; private set; }
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public Guid ClinicId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Payload { get; private set; } = "";

    /// <summary>
    /// When analytics wrote the entry (the database's clock at the insert, in the transaction that moves the
    /// dashboard's figures): recorded − occurred is the read model's lag for this event.
    /// </summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public static EventLogEntry For(IntegrationEvent evt) => new()
    {
        EventId = evt.EventId,
        Type = evt.GetType().Name,
        ClinicId = evt.ClinicId,
        OccurredAt = evt.OccurredAt.ToUniversalTime(),
        Payload = JsonSerializer.Serialize(PersonalData.Redacted(evt), evt.GetType(), JsonSerializerOptions.Web),
    };
}
