using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts;
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
        await ClinicLock.AcquireAsync(db, evt.ClinicId, ct);
        if (await db.EventLog.AnyAsync(e => e.EventId == evt.EventId, ct))
        {
            return;
        }

        db.EventLog.Add(EventLogEntry.For(evt));
        await projector.ApplyAsync(evt, ct);
        metrics.EventApplied(evt, time.GetUtcNow());
    }
}
