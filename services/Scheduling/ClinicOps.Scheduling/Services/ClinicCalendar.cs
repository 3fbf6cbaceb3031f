using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Infrastructure.Http;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The caller's clinic as scheduling knows it (from identity's events, else from identity's API): its country, its
/// "today", its wall clock and slot step.
/// </summary>
public sealed class ClinicCalendar(SchedulingDbContext db, IdentityClient identity, TimeZoneCountries countries, TimeProvider time)
{
    /// <summary>The latest offset in use anywhere (UTC+14): before the clinic is known, no date valid somewhere is refused.</summary>
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(14);

    private ClinicInfo? _current;

    public async Task<ClinicInfo> CurrentAsync(CancellationToken ct)
    {
        if (_current is null)
        {
            // A clinic that signed up a moment ago may not be in the replica yet (ClinicRegistered travels through
            // identity's outbox and the broker): identity answers for it, for this request, so that its first booking
            // or patient does not wait for the event.
            var clinic = await db.Clinics.Select(c => new ClinicSettings(c.TimeZone, c.SlotStepMinutes)).SingleOrDefaultAsync(ct)
                ?? await identity.GetClinicAsync(ct);
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
