using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Infrastructure.Http;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>Doctors of the caller's clinic: register, edit, list, and remove while no appointment refers to them.</summary>
public sealed class DoctorService(SchedulingDbContext db, ContactValidator contacts, IdentityClient identity, ITenantContext tenant,
    TimeProvider time)
{
    public async Task<Doctor> RegisterAsync(DoctorRequest request, CancellationToken ct)
    {
        var details = await ValidateAsync(request, ct);
        var now = time.Now();
        var doctor = Doctor.Register(details, now);
        db.Doctors.Add(doctor);
        db.AddIntegrationEvent(DoctorEvents.Registered(db.CurrentClinicId, doctor, now));
        await db.SaveChangesAsync(ct);
        return doctor;
    }

    public Task<Doctor> GetAsync(Guid id, CancellationToken ct) => db.Doctors.GetAsync(id, "Doctor", ct);

    public async Task<Doctor> UpdateAsync(Guid id, DoctorRequest request, string? ifMatch, CancellationToken ct)
    {
        var doctor = await db.Doctors.GetForChangeAsync(id, ifMatch, "Doctor", ct);
        var details = await ValidateAsync(request, ct);
        if (doctor.Update(details))
        {
            db.AddIntegrationEvent(DoctorEvents.Updated(db.CurrentClinicId, doctor, time.Now()));
            await db.SaveChangesAsync(ct);
        }

        return doctor;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var doctor = await db.Doctors.GetTrackedAsync(id, "Doctor", ct);
        await db.EnsureNoAppointmentsAsync(a => a.DoctorId == id, "The doctor has appointments and cannot be deleted.", ct);
        db.Doctors.Remove(doctor);
        db.AddIntegrationEvent(DoctorEvents.Deleted(db.CurrentClinicId, doctor, time.Now()));
        await db.SaveChangesAsync(ct);
    }

    public Task<PagedResult<DoctorResponse>> ListAsync(DoctorFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        var query = db.Doctors.AsNoTracking();
        if (Text.Clean(filter.Specialization) is { } specialization)
        {
            query = query.Where(d => EF.Functions.ILike(d.Specialization, Text.ExactPattern(specialization), "\\"));
        }

        if (Text.Clean(filter.Search) is { } search)
        {
            var pattern = Text.ContainsPattern(search);
            query = query.Where(d => EF.Functions.ILike(d.Name, pattern, "\\") || EF.Functions.ILike(d.Specialization, pattern, "\\"));
        }

        return query.OrderBy(d => d.Name).ThenBy(d => d.Id).ToPagedResultAsync(page, DoctorResponse.Projection, ct);
    }

    private async Task<DoctorDetails> ValidateAsync(DoctorRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = Text.Clean(request.Name);
        var specialization = Text.Clean(request.Specialization);
        errors.AddIf(name is null, "name", "name is required.")
            .AddIf(name?.Length > Doctor.MaxNameLength, "name", $"name must be at most {Doctor.MaxNameLength} characters.")
            .AddIfNotSingleLine("name", request.Name)
            .AddIfNotSingleLine("specialization", request.Specialization)
            .AddIf(specialization is null, "specialization", "specialization is required.")
            .AddIf(specialization?.Length > Doctor.MaxSpecializationLength, "specialization",
                $"specialization must be at most {Doctor.MaxSpecializationLength} characters.");
        var email = contacts.Email(request.Email, errors);
        var phone = Text.Clean(request.Phone) is null ? null : await contacts.PhoneAsync(request.Phone, errors, ct);
        if (request.UserId is { } userId && !await IsClinicUserAsync(userId, ct))
        {
            errors.Add("userId", "userId must be a user of this clinic.");
        }

        errors.ThrowIfAny();
        return new DoctorDetails(name!, specialization!, email, phone, request.UserId);
    }

    /// <summary>
    /// A user of the caller's clinic as scheduling's replica knows it (a removed one stays removed), or, for one whose
    /// UserRegistered has not arrived, as identity answers an owner: owners create users, so an owner linking a doctor
    /// to a user made a moment ago is the case to serve.
    /// </summary>
    private async Task<bool> IsClinicUserAsync(Guid userId, CancellationToken ct)
    {
        var known = await db.ClinicUsers.AsNoTracking().SingleOrDefaultAsync(u => u.UserId == userId, ct);
        if (known is not null)
        {
            return known.RemovedAt is null;
        }

        return tenant.Role == Roles.Owner && await identity.IsClinicUserAsync(userId, ct);
    }
}
