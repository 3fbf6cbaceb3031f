using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// What a consumer does with an event, inside the consumer's transaction: takes the clinic's lock, appends the
/// event to the event log (the source of a rebuild) and applies it to the read model. An event already in the
/// log is skipped, so it is idempotent even without the inbox in front of it.
/// </summary>
public sealed class EventRecorder(AnalyticsDbContext db, ReadModelProjector projector, AnalyticsMetrics metrics)
    : IEventHandler<IntegrationEvent>
{
    public async Task HandleAsync(IntegrationEvent evt, CancellationToken ct)
    {
        // Every event moves the clinic's counter row, and one clinic's events arrive on many queues at once: the
        // clinic's lock makes each update read what the previous one committed (no lost increments, no duplicate
        // inserts), while other clinics go on in parallel.
        await AdvisoryLock.AcquireForTransactionAsync(db, evt.ClinicId, ct);
        // Appended in one round trip; an event already in the log inserts nothing and changes nothing else.
        var entry = EventLogEntry.For(evt);
        var appended = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO event_log (event_id, type, clinic_id, occurred_at, payload)
            VALUES ({entry.EventId}, {entry.Type}, {entry.ClinicId}, {entry.OccurredAt}, {entry.Payload}::jsonb)
            ON CONFLICT (event_id) DO NOTHING
            """, ct);
        if (appended == 0)
        {
            return;
        }

        await projector.ApplyAsync(evt, ct);
        metrics.EventApplied(evt);
    }
}
