using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Keeps the clinic's name, time zone and currency. When the effective time zone changes (including the zone
/// arriving after payments were counted in UTC), the clinic's per-day revenue is recomputed from its payments.
/// </summary>
public sealed class ClinicProjection(AnalyticsDbContext db, ReadModelStore store, DailyRevenueRecalculator recalculator)
{
    public async Task ApplyAsync(Guid clinicId, string name, string timeZone, string currency, DateTimeOffset occurredAt,
        CancellationToken ct)
    {
        var clinic = await store.ClinicAsync(clinicId, ct);
        var zoneBefore = ClinicTimeZones.Resolve(clinic?.TimeZone);
        if (clinic is null)
        {
            clinic = ClinicInfo.Create(clinicId);
            db.Clinics.Add(clinic);
        }

        if (!clinic.Apply(name, timeZone, currency, occurredAt))
        {
            return;
        }

        var zoneAfter = ClinicTimeZones.Resolve(clinic.TimeZone);
        if (zoneAfter.Id != zoneBefore.Id)
        {
            await recalculator.RecalculateAsync(clinicId, zoneAfter, ct);
        }
    }
}
