using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Patients of the caller's clinic. The phone is stored in E.164 and unique per clinic: the unique index
/// (clinic_id, phone) decides, so two concurrent registrations of one number cannot both succeed.
/// </summary>
public sealed class PatientService(SchedulingDbContext db, ContactValidator contacts, TimeProvider time)
{
    public async Task<Patient> RegisterAsync(PatientRequest request, CancellationToken ct)
    {
        var details = await ValidateAsync(request, ct);
        var now = time.Now();
        var patient = Patient.Register(details, now);
        db.Patients.Add(patient);
        db.AddIntegrationEvent(PatientEvents.Registered(db.CurrentClinicId, patient, now));
        await db.SaveChangesAsync(ct);
        return patient;
    }

    public Task<Patient> GetAsync(Guid id, CancellationToken ct) => db.Patients.GetAsync(id, "Patient", ct);

    public async Task<Patient> UpdateAsync(Guid id, PatientRequest request, string? ifMatch, CancellationToken ct)
    {
        var patient = await db.Patients.GetForChangeAsync(id, ifMatch, "Patient", ct);
        if (patient.IsAnonymized)
        {
            throw new ConflictException("The patient was anonymised and cannot be changed; register the person as a new patient.");
        }

        var details = await ValidateAsync(request, ct);
        if (patient.Update(details))
        {
            db.AddIntegrationEvent(PatientEvents.Updated(db.CurrentClinicId, patient, time.Now()));
            await db.SaveChangesAsync(ct);
        }

        return patient;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.GetTrackedAsync(id, "Patient", ct);
        await db.EnsureNoAppointmentsAsync(a => a.PatientId == id, "The patient has appointments and cannot be deleted.", ct);
        db.Patients.Remove(patient);
        db.AddIntegrationEvent(PatientEvents.Deleted(db.CurrentClinicId, patient, time.Now()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Erases the patient's name, phone, email and date of birth here and, through PatientAnonymized, in every service
    /// that keeps them; the appointments and payments stay. Anonymising again changes nothing.
    /// </summary>
    public async Task<Patient> AnonymizeAsync(Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.GetTrackedAsync(id, "Patient", ct);
        var now = time.Now();
        if (patient.Anonymize(now))
        {
            db.AddIntegrationEvent(PatientEvents.Anonymized(db.CurrentClinicId, patient, now));
            await db.InTransactionAsync(async attemptCt =>
            {
                await db.SaveChangesAsync(attemptCt);
                await EraseFromOutboxAsync(patient.Id, attemptCt);
            }, ct);
        }

        return patient;
    }

    /// <summary>
    /// The outbox keeps the events it sent for days (Messaging:Retention), and the patient's registration, updates and
    /// bookings carry the name and contacts: they are emptied there too, in the anonymisation's transaction. One not
    /// yet sent goes out emptied, which is what its consumers would keep after PatientAnonymized anyway.
    /// </summary>
    private async Task EraseFromOutboxAsync(Guid patientId, CancellationToken ct)
    {
        var clinicId = db.CurrentClinicId;
        var patient = patientId.ToString();
        string[] patientTypes = [typeof(PatientRegistered).FullName!, typeof(PatientUpdated).FullName!];
        var bookingType = typeof(AppointmentScheduled).FullName!;
        await db.Database.ExecuteSqlAsync($$"""
            UPDATE outbox_messages SET payload = payload || '{"name": "", "phone": "", "email": null}'::jsonb
            WHERE clinic_id = {{clinicId}} AND type = ANY({{patientTypes}}) AND payload ->> 'patientId' = {{patient}}
            """, ct);
        await db.Database.ExecuteSqlAsync($$"""
            UPDATE outbox_messages SET payload = payload || '{"patientName": "", "patientPhone": "", "patientEmail": null}'::jsonb
            WHERE clinic_id = {{clinicId}} AND type = {{bookingType}} AND payload ->> 'patientId' = {{patient}}
            """, ct);
    }

    /// <summary>`search` matches part of the name or email, or the digits of the phone (an anonymised patient has none).</summary>
    public Task<PagedResult<PatientResponse>> ListAsync(PatientFilter filter, PageRequest page, CancellationToken ct)
    {
        page.Validate();
        var query = db.Patients.AsNoTracking();
        if (Text.Clean(filter.Search) is { } search)
        {
            var pattern = Text.ContainsPattern(search);
            var digits = new string([.. search.Where(char.IsAsciiDigit)]);
            var phonePattern = digits.Length > 0 ? $"%{digits}%" : null;
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern, "\\")
                || (p.Email != null && EF.Functions.ILike(p.Email, pattern, "\\"))
                || (phonePattern != null && p.Phone != null && EF.Functions.Like(p.Phone, phonePattern)));
        }

        return query.OrderBy(p => p.Name).ThenBy(p => p.Id).ToPagedResultAsync(page, PatientResponse.Projection, ct);
    }

    private async Task<PatientDetails> ValidateAsync(PatientRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = Text.Clean(request.Name);
        errors.AddIf(name is null, "name", "name is required.")
            .AddIf(name?.Length > Patient.MaxNameLength, "name", $"name must be at most {Patient.MaxNameLength} characters.")
            .AddIfNotSingleLine("name", request.Name);
        var phone = await contacts.PhoneAsync(request.Phone, errors, ct);
        var email = contacts.Email(request.Email, errors);
        var dateOfBirth = await contacts.DateOfBirthAsync(request.DateOfBirth, errors, ct);
        errors.ThrowIfAny();
        return new PatientDetails(name!, phone!, email, dateOfBirth);
    }
}
