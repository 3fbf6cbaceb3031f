using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>The caller's clinic as scheduling knows it (from identity's events): its country, its "today", its wall clock and slot step.</summary>
public sealed class ClinicCalendar(SchedulingDbContext db, TimeZoneCountries countries, TimeProvider time)
{
    /// <summary>The latest offset in use anywhere (UTC+14): before the clinic is known, no date valid somewhere is refused.</summary>
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(14);

    private ClinicInfo? _current;

    public async Task<ClinicInfo> CurrentAsync(CancellationToken ct)
    {
        if (_current is null)
        {
            var clinic = await db.Clinics.Select(c => new { c.TimeZone, c.SlotStepMinutes }).SingleOrDefaultAsync(ct);
            var timeZone = clinic?.TimeZone;
            _current = new ClinicInfo(timeZone, countries.CountryOf(timeZone), Today(timeZone),
                clinic?.SlotStepMinutes ?? Clinic.DefaultSlotStepMinutes);
        }

        return _current;
    }

    private DateOnly Today(string? timeZone)
    {
        var now = time.Now();
        var local = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(now, zone)
            : now.ToOffset(EarliestZone);
        return DateOnly.FromDateTime(local.DateTime);
    }
}
