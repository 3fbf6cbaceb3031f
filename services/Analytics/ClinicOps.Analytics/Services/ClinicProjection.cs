using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Keeps the clinic's name, time zone and currency. When the effective time zone changes (including the zone
/// arriving after payments were counted in UTC), the clinic's per-day revenue is recomputed from its payments.
/// </summary>
public sealed class ClinicProjection(
    ReadModelStore store,
    ClinicReplica<AnalyticsDbContext, ClinicInfo> replica,
    DailyRevenueRecalculator recalculator)
{
    public async Task ApplyAsync(ClinicSnapshot snapshot, CancellationToken ct)
    {
        var zoneBefore = await store.TimeZoneAsync(snapshot.ClinicId, ct);
        await replica.HandleAsync(snapshot, ct);
        var zoneAfter = await store.TimeZoneAsync(snapshot.ClinicId, ct);
        if (zoneAfter.Id != zoneBefore.Id)
        {
            await recalculator.RecalculateAsync(snapshot.ClinicId, zoneAfter, ct);
        }
    }
}
