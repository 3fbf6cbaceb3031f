using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Reads of appointments, each with its doctor's, patient's and type's names joined in the same query; deleted ones are
/// hidden by the "SoftDelete" filter, other clinics' by "Tenant".
/// </summary>
public sealed class AppointmentQueries(SchedulingDbContext db)
{
    public async Task<AppointmentResponse> GetAsync(Guid id, CancellationToken ct) =>
        await Answers(db.Appointments.Where(a => a.Id == id)).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Appointment");

    /// <summary>Filtered by from ≤ startsAt &lt; to, doctor, patient and status; ordered by startsAt then id.</summary>
    public Task<PagedResult<AppointmentResponse>> ListAsync(AppointmentFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        new ValidationErrors()
            .AddIf(filter.Status is not null && !AppointmentStatuses.All.Contains(filter.Status), "status",
                $"status must be one of {string.Join(", ", AppointmentStatuses.All)}.")
            .AddIf(filter.From > filter.To, "to", "to must not be before from.")
            .ThrowIfAny();

        var query = db.Appointments.AsQueryable();
        if (filter.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(a => a.StartsAt >= from);
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(a => a.StartsAt < to);
        }

        if (filter.DoctorId is { } doctorId)
        {
            query = query.Where(a => a.DoctorId == doctorId);
        }

        if (filter.PatientId is { } patientId)
        {
            query = query.Where(a => a.PatientId == patientId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        return Answers(query).ToPagedResultAsync(page, ct);
    }

    /// <summary>The appointments ordered by start then id, as answers.</summary>
    private IQueryable<AppointmentResponse> Answers(IQueryable<Appointment> appointments) =>
        from a in appointments.AsNoTracking()
        join d in db.Doctors on a.DoctorId equals d.Id
        join p in db.Patients on a.PatientId equals p.Id
        join t in db.AppointmentTypes on a.AppointmentTypeId equals (Guid?)t.Id into types
        from t in types.DefaultIfEmpty()
        orderby a.StartsAt, a.Id
        select new AppointmentResponse(a.Id, a.DoctorId, d.Name, a.PatientId, p.Name, a.AppointmentTypeId, t == null ? null : t.Name,
            a.Price, a.StartsAt, a.EndsAt, a.DurationMinutes, a.Status, a.Notes, a.CancelReason, a.RowVersion);
}
