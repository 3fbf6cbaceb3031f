using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>Loads doctors' schedules: two queries (hours, time off) for any number of doctors, and the clinic's clock.</summary>
public sealed class DoctorSchedules(SchedulingDbContext db, ClinicCalendar calendar)
{
    /// <summary>The schedule of each of <paramref name="doctorIds"/>, with the time off that overlaps <paramref name="span"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, DoctorSchedule>> LoadAsync(IReadOnlyCollection<Guid> doctorIds, TimeRange span,
        CancellationToken ct)
    {
        var intervals = await db.WorkingIntervals.AsNoTracking().Where(w => doctorIds.Contains(w.DoctorId)).ToListAsync(ct);
        var timeOff = await db.TimeOff.AsNoTracking()
            .Where(t => doctorIds.Contains(t.DoctorId) && t.StartsAt < span.End && t.EndsAt > span.Start)
            .OrderBy(t => t.StartsAt)
            .ToListAsync(ct);
        var clock = intervals.Count == 0 && timeOff.Count == 0 ? WallClock.Utc : await ClockAsync(intervals.Count > 0, ct);
        return doctorIds.ToDictionary(id => id, id => new DoctorSchedule(
            new WeeklyHours(intervals.Where(w => w.DoctorId == id).Select(w => w.ToLocal())),
            [.. timeOff.Where(t => t.DoctorId == id)],
            clock));
    }

    /// <summary>The clinic's clock; without working hours (time off only, named in messages) UTC will do until it is known.</summary>
    private async Task<WallClock> ClockAsync(bool needed, CancellationToken ct)
    {
        var clinic = await calendar.CurrentAsync(ct);
        return needed || clinic.TimeZone is not null ? clinic.Clock : WallClock.Utc;
    }
}
