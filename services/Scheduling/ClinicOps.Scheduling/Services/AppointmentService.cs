using ClinicOps.Contracts;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Booking, editing, status changes and deletion of appointments. Every change writes exactly one event to the
/// outbox in the same SaveChanges. Double booking is refused by the exclusion constraint (23P01 → 409), a link to
/// another clinic's doctor or patient by the tenant-filtered look-up (404) and, as a backstop, the composite FKs.
/// </summary>
public sealed class AppointmentService(SchedulingDbContext db, TimeProvider time)
{
    public async Task<Appointment> BookAsync(CreateAppointmentRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .AddIf(request.DoctorId is null || request.DoctorId == Guid.Empty, "doctorId", "doctorId is required.")
            .AddIf(request.PatientId is null || request.PatientId == Guid.Empty, "patientId", "patientId is required.")
            .AddIf(request.StartsAt is null, "startsAt", "startsAt is required.");
        var notes = AppointmentInput.Notes(request.Notes, errors);
        AppointmentInput.Duration(request.DurationMinutes, errors);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var slot = new AppointmentSlot(request.StartsAt!.Value, request.DurationMinutes ?? Appointment.DefaultDurationMinutes);
        var appointment = Appointment.Book(request.DoctorId!.Value, request.PatientId!.Value, slot, notes, now);
        var doctor = await db.Doctors.AsNoTracking().SingleOrDefaultAsync(d => d.Id == appointment.DoctorId, ct)
            ?? throw new NotFoundException("Doctor");
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == appointment.PatientId, ct)
            ?? throw new NotFoundException("Patient");

        db.Appointments.Add(appointment);
        await SaveToScheduleAsync(appointment.DoctorId, AppointmentEvents.Scheduled(db.CurrentClinicId, appointment, doctor, patient, now), ct);
        return appointment;
    }

    /// <summary>Reschedule or edit a scheduled appointment; only the fields given change, and nothing is written when none does.</summary>
    public async Task<Appointment> UpdateAsync(Guid id, UpdateAppointmentRequest request, string? ifMatch, CancellationToken ct)
    {
        var appointment = await LoadForChangeAsync(id, ifMatch, ct);
        var errors = new ValidationErrors()
            .AddIf(request.DoctorId == Guid.Empty, "doctorId", "doctorId must not be empty.");
        var notes = request.Notes is null ? appointment.Notes : AppointmentInput.Notes(request.Notes, errors);
        AppointmentInput.Duration(request.DurationMinutes, errors);
        errors.ThrowIfAny();

        var doctorId = request.DoctorId ?? appointment.DoctorId;
        if (doctorId != appointment.DoctorId && !await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
        {
            throw new NotFoundException("Doctor");
        }

        var now = time.GetUtcNow();
        var slot = new AppointmentSlot(request.StartsAt ?? appointment.StartsAt, request.DurationMinutes ?? appointment.DurationMinutes);
        if (appointment.Reschedule(doctorId, slot, notes, now))
        {
            await SaveToScheduleAsync(doctorId, AppointmentEvents.Rescheduled(db.CurrentClinicId, appointment, now), ct);
        }

        return appointment;
    }

    public Task<Appointment> CompleteAsync(Guid id, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, (appointment, now) =>
        {
            appointment.Complete();
            return AppointmentEvents.Completed(db.CurrentClinicId, appointment, now);
        }, ct);

    public Task<Appointment> CancelAsync(Guid id, CancelAppointmentRequest? request, string? ifMatch, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var reason = AppointmentInput.CancelReason(request?.Reason, errors);
        errors.ThrowIfAny();
        return ChangeAsync(id, ifMatch, (appointment, now) =>
        {
            appointment.Cancel(reason);
            return AppointmentEvents.Cancelled(db.CurrentClinicId, appointment, now);
        }, ct);
    }

    public Task<Appointment> MarkNoShowAsync(Guid id, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, (appointment, now) =>
        {
            appointment.MarkNoShow(now);
            return AppointmentEvents.MarkedNoShow(db.CurrentClinicId, appointment, now);
        }, ct);

    /// <summary>Soft delete: refused (409) once billing told us of a payment for the appointment.</summary>
    public async Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var appointment = await LoadForChangeAsync(id, ifMatch, ct);
        var payments = await db.RecordedPayments.CountAsync(p => p.AppointmentId == id, ct);
        var now = time.GetUtcNow();
        appointment.Delete(payments, now);
        await SaveWithAsync(AppointmentEvents.Deleted(db.CurrentClinicId, appointment, now), ct);
    }

    private async Task<Appointment> ChangeAsync(Guid id, string? ifMatch, Func<Appointment, DateTimeOffset, IntegrationEvent> change,
        CancellationToken ct)
    {
        var appointment = await LoadForChangeAsync(id, ifMatch, ct);
        var integrationEvent = change(appointment, time.GetUtcNow());
        await SaveWithAsync(integrationEvent, ct);
        return appointment;
    }

    /// <summary>
    /// The tracked appointment, 404 when missing, deleted or another clinic's; 412 when If-Match names an older
    /// version. A change made after this read fails SaveChanges on xmin (DbUpdateConcurrencyException → 412 / 409).
    /// </summary>
    private async Task<Appointment> LoadForChangeAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Appointment");
        Preconditions.EnsureMatches(ifMatch, appointment.RowVersion, "appointment");
        return appointment;
    }

    private async Task SaveWithAsync(IntegrationEvent integrationEvent, CancellationToken ct)
    {
        db.AddIntegrationEvent(integrationEvent);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Saves a booking or a reschedule with the doctor's schedule locked until commit. Unlocked, overlapping inserts
    /// wait on each other's uncommitted rows inside the exclusion constraint and deadlock (40P01, which PostgreSQL
    /// breaks one per second and the retrying strategy repeats): 50 concurrent bookings of one slot could all run past
    /// the 10 s deadline. Locked, they queue; the first commits and each later one meets its row at once (23P01 → 409).
    /// </summary>
    private async Task SaveToScheduleAsync(Guid doctorId, IntegrationEvent integrationEvent, CancellationToken ct)
    {
        db.AddIntegrationEvent(integrationEvent);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async attemptCt =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(attemptCt);
            await AdvisoryLock.AcquireForTransactionAsync(db, doctorId, attemptCt);
            await db.SaveChangesAsync(attemptCt);
            await transaction.CommitAsync(attemptCt);
        }, ct);
    }
}
