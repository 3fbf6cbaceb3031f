using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>A doctor's time off: listed, added (overlaps allowed: availability merges them) and removed.</summary>
public sealed class TimeOffService(SchedulingDbContext db, TimeProvider time)
{
    public async Task<PagedResult<TimeOffResponse>> ListAsync(Guid doctorId, TimeOffFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        new ValidationErrors().AddIf(filter.From > filter.To, "to", "to must not be before from.").ThrowIfAny();
        await EnsureDoctorAsync(doctorId, ct);

        var query = db.TimeOff.AsNoTracking().Where(t => t.DoctorId == doctorId);
        if (filter.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(t => t.EndsAt > from);
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(t => t.StartsAt < to);
        }

        return await query.OrderBy(t => t.StartsAt).ThenBy(t => t.Id).ToPagedResultAsync(page, TimeOffResponse.Projection, ct);
    }

    public async Task<TimeOff> AddAsync(Guid doctorId, TimeOffRequest request, CancellationToken ct)
    {
        var now = time.Now();
        var errors = new ValidationErrors();
        Within(request.StartsAt, "startsAt", now, errors);
        Within(request.EndsAt, "endsAt", now, errors);
        errors.AddIf(request.StartsAt is { } s && request.EndsAt is { } e && e <= s, "endsAt", "endsAt must be after startsAt.");
        var reason = Text.Clean(request.Reason);
        errors.AddIf(reason?.Length > TimeOff.MaxReasonLength, "reason", $"reason must be at most {TimeOff.MaxReasonLength} characters.");
        errors.ThrowIfAny();
        await EnsureDoctorAsync(doctorId, ct);

        var timeOff = TimeOff.For(doctorId, new TimeRange(request.StartsAt!.Value, request.EndsAt!.Value), reason, now);
        db.TimeOff.Add(timeOff);
        await db.SaveChangesAsync(ct);
        return timeOff;
    }

    public async Task RemoveAsync(Guid doctorId, Guid timeOffId, CancellationToken ct)
    {
        await EnsureDoctorAsync(doctorId, ct);
        if (await db.TimeOff.Where(t => t.Id == timeOffId && t.DoctorId == doctorId).ExecuteDeleteAsync(ct) == 0)
        {
            throw new NotFoundException("Time off");
        }
    }

    /// <summary>Time off is planned within the booking horizon either side of now: far from DateTimeOffset's limits.</summary>
    private static void Within(DateTimeOffset? instant, string field, DateTimeOffset now, ValidationErrors errors)
    {
        if (instant is not { } value)
        {
            errors.Add(field, $"{field} is required.");
            return;
        }

        var years = Appointment.BookingHorizonYears;
        errors.AddIf(value < now.AddYears(-years) || value > now.AddYears(years), field, $"{field} must be within {years} years of now.");
    }

    private async Task EnsureDoctorAsync(Guid doctorId, CancellationToken ct)
    {
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
        {
            throw new NotFoundException("Doctor");
        }
    }
}
