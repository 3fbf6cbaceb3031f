using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Free slots: the starts on the clinic's slot grid at which a slot of the asked length lies inside the doctor's
/// working hours (any time without hours), outside their time off and scheduled appointments, and after now. A few
/// queries per request whatever the range (clinic, type, doctors, hours, time off, appointments); the rest is in memory.
/// </summary>
public sealed class AvailabilityService(SchedulingDbContext db, ClinicCalendar calendar, DoctorSchedules schedules, TimeProvider time)
{
    public const int MaxDays = 31;

    public async Task<AvailabilityResponse> FindAsync(AvailabilityFilter filter, CancellationToken ct)
    {
        var clinic = await calendar.CurrentAsync(ct);
        Validate(filter, clinic.Today);
        var (from, to) = (filter.From!.Value, filter.To!.Value);
        var clock = clinic.Clock;
        var length = await LengthAsync(filter, ct);
        var doctorIds = await DoctorIdsAsync(filter.DoctorId, ct);

        // From the first midnight to the last start's end: everything that can touch a slot.
        var span = new TimeRange(clock.InstantOf(from, 0), clock.InstantOf(to.AddDays(1), 0) + length);
        var doctorSchedules = await schedules.LoadAsync(doctorIds, span, ct);
        var busy = await ScheduledAsync(doctorIds, span, ct);
        var grid = SlotGrid.Starts(clock, from, to, clinic.SlotStepMinutes);
        var now = time.Now();
        var latest = now.AddYears(Appointment.BookingHorizonYears);

        var slots = doctorIds
            .SelectMany(id => FreeSlots.Find(grid, doctorSchedules[id].FreeWindows(span, busy[id]), length, now, latest)
                .Select(slot => new FreeSlotResponse(id, slot.Start, slot.End)))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.DoctorId)
            .ToList();
        return new AvailabilityResponse(slots);
    }

    private static void Validate(AvailabilityFilter filter, DateOnly today)
    {
        var years = Appointment.BookingHorizonYears;
        var errors = new ValidationErrors()
            .AddIf(filter.From is null, "from", "from is required (a date, e.g. 2027-03-01).")
            .AddIf(filter.To is null, "to", "to is required (a date, e.g. 2027-03-07).")
            .AddIf(filter.From is { } f && (f < today.AddYears(-years) || f > today.AddYears(years)), "from", $"from must be within {years} years of today.")
            .AddIf(filter.To is { } t && (t < today.AddYears(-years) || t > today.AddYears(years)), "to", $"to must be within {years} years of today.")
            .AddIf(filter.From > filter.To, "to", "to must not be before from.")
            .AddIf(filter.From is { } start && filter.To is { } end && end.DayNumber - start.DayNumber + 1 > MaxDays, "to",
                $"from–to spans at most {MaxDays} days.");
        AppointmentInput.Duration(filter.DurationMinutes, errors);
        errors.ThrowIfAny();
    }

    /// <summary>The slot's length: given, else the type's (404 unknown, 422 archived), else 30 minutes.</summary>
    private async Task<TimeSpan> LengthAsync(AvailabilityFilter filter, CancellationToken ct)
    {
        if (filter.AppointmentTypeId is not { } typeId)
        {
            return TimeSpan.FromMinutes(filter.DurationMinutes ?? Appointment.DefaultDurationMinutes);
        }

        var type = await db.AppointmentTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId, ct)
            ?? throw new NotFoundException("Appointment type");
        type.EnsureBookable();
        return TimeSpan.FromMinutes(filter.DurationMinutes ?? type.DurationMinutes);
    }

    private async Task<IReadOnlyList<Guid>> DoctorIdsAsync(Guid? doctorId, CancellationToken ct)
    {
        var query = db.Doctors.AsNoTracking();
        if (doctorId is { } id)
        {
            query = query.Where(d => d.Id == id);
        }

        var ids = await query.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        return doctorId is not null && ids.Count == 0 ? throw new NotFoundException("Doctor") : ids;
    }

    /// <summary>The scheduled appointments of the doctors that overlap <paramref name="span"/>, per doctor.</summary>
    private async Task<ILookup<Guid, TimeRange>> ScheduledAsync(IReadOnlyList<Guid> doctorIds, TimeRange span, CancellationToken ct)
    {
        // No appointment is longer than the maximum duration: a lower bound on the start keeps the index range short.
        var earliestStart = span.Start.AddMinutes(-Appointment.MaxDurationMinutes);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => doctorIds.Contains(a.DoctorId) && a.Status == AppointmentStatuses.Scheduled
                && a.StartsAt > earliestStart && a.StartsAt < span.End && a.EndsAt > span.Start)
            .Select(a => new { a.DoctorId, a.StartsAt, a.EndsAt })
            .ToListAsync(ct);
        return rows.ToLookup(a => a.DoctorId, a => new TimeRange(a.StartsAt, a.EndsAt));
    }
}
