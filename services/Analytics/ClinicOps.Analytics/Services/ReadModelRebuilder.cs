using System.Text.Json;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Rebuilds the read model from scratch: empties every derived table, then replays the event log with the
/// current projection code, clinic by clinic in the order the events happened, in one transaction.
/// Run it after changing the projection: `dotnet run --project services/Analytics/ClinicOps.Analytics -- rebuild-read-model`.
/// </summary>
/// <remarks>
/// Why replay our own log rather than ask the producers to re-publish: the log holds exactly the events this
/// read model consumed, whole, in our database, so a rebuild needs no other service to be up, no producer to keep
/// its outbox history forever or to grow an operator re-publish endpoint, and re-publishing would flood the other
/// consumers (billing, reminders, scheduling) with events they already have. It is deterministic and repeatable,
/// and a rebuild can be tested against the live figures.
/// While it runs it holds exclusive locks on the derived tables: consumers wait (messages stay queued) and
/// continue on the rebuilt model when it commits. For a very long log, stop the service first so waiting
/// consumers do not hit their command timeout (they would be retried from the queue anyway).
/// </remarks>
public sealed class ReadModelRebuilder(
    AnalyticsDbContext db,
    ITenantContext tenant,
    ReadModelProjector projector,
    ILogger<ReadModelRebuilder> logger)
{
    public const string Command = "rebuild-read-model";
    private const int BatchSize = 500;

    /// <summary>Rebuilds and answers how many logged events were replayed.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var (clinics, replayed) = await db.InTransactionAsync(ReplayAllAsync, ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Rebuilt the read model of {Clinics} clinics from {Events} logged events", clinics, replayed);
        return replayed;
    }

    private async Task<(int Clinics, int Replayed)> ReplayAllAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await db.Database.ExecuteSqlRawAsync(ReadModelTables.LockDerived, ct);
        await db.Database.ExecuteSqlRawAsync(ReadModelTables.TruncateDerived, ct);

        var clinicIds = await db.EventLog.Select(e => e.ClinicId).Distinct().OrderBy(c => c).ToListAsync(ct);
        var replayed = 0;
        foreach (var clinicId in clinicIds)
        {
            tenant.Use(clinicId);
            replayed += await ReplayClinicAsync(clinicId, ct);
        }

        return (clinicIds.Count, replayed);
    }

    private async Task<int> ReplayClinicAsync(Guid clinicId, CancellationToken ct)
    {
        var replayed = 0;
        DateTimeOffset lastAt = DateTimeOffset.MinValue;
        long lastSequence = 0;
        while (true)
        {
            var page = await db.EventLog.AsNoTracking()
                .Where(e => e.ClinicId == clinicId
                    && (e.OccurredAt > lastAt || (e.OccurredAt == lastAt && e.Sequence > lastSequence)))
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return replayed;
            }

            foreach (var entry in page)
            {
                if (Read(entry) is not { } evt)
                {
                    logger.LogWarning("Skipped logged event {EventId} of unknown type {Type}", entry.EventId, entry.Type);
                    continue;
                }

                if (ReadModelProjector.ReadsSavedFacts(evt))
                {
                    await FlushAsync(ct);
                }

                await projector.ApplyAsync(evt, ct);
                replayed++;
            }

            await FlushAsync(ct);
            (lastAt, lastSequence) = (page[^1].OccurredAt, page[^1].Sequence);
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static IntegrationEvent? Read(EventLogEntry entry) =>
        IntegrationEventTypes.Find(entry.Type) is { } type
            ? JsonSerializer.Deserialize(entry.Payload, type, JsonSerializerOptions.Web) as IntegrationEvent
            : null;
}
