using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// What a consumer does with an event, inside the consumer's transaction: takes the clinic's lock, appends the
/// event to the event log (the source of a rebuild) and applies it to the read model. An event already in the
/// log is skipped, so it is idempotent even without the inbox in front of it.
/// </summary>
public sealed class EventRecorder(AnalyticsDbContext db, ReadModelProjector projector, AnalyticsMetrics metrics, TimeProvider time)
{
    public async Task RecordAsync(IntegrationEvent evt, CancellationToken ct)
    {
        // Every event moves the clinic's counter row, and one clinic's events arrive on many queues at once: the
        // clinic's lock makes each update read what the previous one committed (no lost increments, no duplicate
        // inserts), while other clinics go on in parallel.
        await AdvisoryLock.AcquireForTransactionAsync(db, evt.ClinicId, ct);
        if (await db.EventLog.AnyAsync(e => e.EventId == evt.EventId, ct))
        {
            return;
        }

        db.EventLog.Add(EventLogEntry.For(evt));
        await projector.ApplyAsync(evt, ct);
        metrics.EventApplied(evt, time.GetUtcNow());
    }
}
