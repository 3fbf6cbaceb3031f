using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Finds the read-model rows a fact change touches, creating them on first use. Find looks in the change tracker
/// first, so several changes in one unit of work (a rebuild batch) land on the same tracked row.
/// </summary>
public sealed class ReadModelStore(AnalyticsDbContext db)
{
    public async Task<ClinicCounters> ClinicCountersAsync(Guid clinicId, CancellationToken ct)
    {
        var row = await db.ClinicCounters.FindAsync([clinicId], ct);
        if (row is null)
        {
            row = ClinicCounters.Create(clinicId);
            db.ClinicCounters.Add(row);
        }

        return row;
    }

    public async Task<DoctorCounters> DoctorCountersAsync(Guid clinicId, Guid doctorId, CancellationToken ct)
    {
        var row = await db.DoctorCounters.FindAsync([clinicId, doctorId], ct);
        if (row is null)
        {
            row = DoctorCounters.Create(clinicId, doctorId);
            db.DoctorCounters.Add(row);
        }

        return row;
    }

    public async Task<DailyRevenue> DailyRevenueAsync(Guid clinicId, DateOnly date, CancellationToken ct)
    {
        var row = await db.DailyRevenue.FindAsync([clinicId, date], ct);
        if (row is null)
        {
            row = DailyRevenue.Create(clinicId, date);
            db.DailyRevenue.Add(row);
        }

        return row;
    }

    public async Task<DoctorInfo> DoctorAsync(Guid clinicId, Guid doctorId, CancellationToken ct)
    {
        var row = await db.Doctors.FindAsync([clinicId, doctorId], ct);
        if (row is null)
        {
            row = DoctorInfo.Create(clinicId, doctorId);
            db.Doctors.Add(row);
        }

        return row;
    }

    public async Task<ClinicInfo?> ClinicAsync(Guid clinicId, CancellationToken ct) =>
        await db.Clinics.FindAsync([clinicId], ct);

    /// <summary>The clinic's time zone, or UTC until the clinic's details have arrived.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync(Guid clinicId, CancellationToken ct) =>
        ClinicTimeZones.Resolve((await ClinicAsync(clinicId, ct))?.TimeZone);
}
