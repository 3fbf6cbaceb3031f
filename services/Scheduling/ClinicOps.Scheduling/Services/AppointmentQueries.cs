using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>Reads of appointments; deleted ones are hidden by the "SoftDelete" filter, other clinics' by "Tenant".</summary>
public sealed class AppointmentQueries(SchedulingDbContext db)
{
    public async Task<Appointment> GetAsync(Guid id, CancellationToken ct) =>
        await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Appointment");

    /// <summary>Filtered by from ≤ startsAt &lt; to, doctor, patient and status; ordered by startsAt then id.</summary>
    public Task<PagedResult<AppointmentResponse>> ListAsync(AppointmentFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        new ValidationErrors()
            .AddIf(filter.Status is not null && !AppointmentStatus.IsKnown(filter.Status), "status",
                $"status must be one of {string.Join(", ", AppointmentStatus.All)}.")
            .AddIf(filter.From > filter.To, "to", "to must not be before from.")
            .ThrowIfAny();

        var query = db.Appointments.AsNoTracking();
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

        return query.OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToPagedResultAsync(page, AppointmentResponse.Projection, ct);
    }
}
