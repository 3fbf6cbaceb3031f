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
/// another clinic's doctor, patient or type by the tenant-filtered look-up (404) and, as a backstop, the composite FKs;
/// a booking or move outside the doctor's hours or in their time off by <see cref="ScheduleRules"/> (422).
/// </summary>
public sealed class AppointmentService(SchedulingDbContext db, ScheduleRules rules, SchedulingMetrics metrics, TimeProvider time)
{
    public async Task<AppointmentView> BookAsync(CreateAppointmentRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .AddIf(request.DoctorId is null || request.DoctorId == Guid.Empty, "doctorId", "doctorId is required.")
            .AddIf(request.PatientId is null || request.PatientId == Guid.Empty, "patientId", "patientId is required.")
            .AddIf(request.StartsAt is null, "startsAt", "startsAt is required.");
        var notes = AppointmentInput.Notes(request.Notes, errors);
        AppointmentInput.Duration(request.DurationMinutes, errors);
        errors.ThrowIfAny();

        // The look-ups, the schedule rule and the insert in one transaction: read outside it, each look-up was a
        // transaction of its own on the server (five per booking).
        var view = await db.InTransactionAsync(async attemptCt =>
        {
            db.ChangeTracker.Clear();
            var doctor = await FindDoctorAsync(request.DoctorId!.Value, attemptCt);
            var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PatientId, attemptCt)
                ?? throw new NotFoundException("Patient");
            if (patient.IsAnonymized)
            {
                throw new RuleViolationException("The patient was anonymised and cannot be booked; register the person as a new patient.");
            }

            var type = request.AppointmentTypeId is { } typeId ? await FindTypeAsync(typeId, attemptCt) : null;

            var now = time.Now();
            var slot = new AppointmentSlot(request.StartsAt!.Value,
                request.DurationMinutes ?? type?.DurationMinutes ?? Appointment.DefaultDurationMinutes);
            var appointment = Appointment.Book(doctor.Id, patient.Id, slot, notes, now, type);
            await rules.EnsureFitsAsync(doctor.Id, doctor.Name, slot, request.AllowOutsideHours, attemptCt);

            var booked = new AppointmentView(appointment, doctor.Name, patient.Name, type?.Name);
            db.Appointments.Add(appointment);
            db.AddIntegrationEvent(AppointmentEvents.Scheduled(db.CurrentClinicId, booked, patient, now));
            await SaveLockedAsync(appointment.DoctorId, attemptCt);
            return booked;
        }, ct);
        metrics.Booked();
        return view;
    }

    /// <summary>
    /// Reschedule or edit a scheduled appointment; only the fields given change, and nothing is written when none does.
    /// The schedule rule applies when the doctor or the slot changes, after the appointment's own rules.
    /// </summary>
    public Task<AppointmentView> UpdateAsync(Guid id, UpdateAppointmentRequest request, string? ifMatch, CancellationToken ct) =>
        // The read, the look-ups, the schedule rule and the write in one transaction, as for a booking.
        db.InTransactionAsync(async attemptCt =>
        {
            db.ChangeTracker.Clear();
            return await RescheduleAsync(id, request, ifMatch, attemptCt);
        }, ct);

    private async Task<AppointmentView> RescheduleAsync(Guid id, UpdateAppointmentRequest request, string? ifMatch, CancellationToken ct)
    {
        var current = await LoadForChangeAsync(id, ifMatch, ct);
        var appointment = current.Appointment;
        var errors = new ValidationErrors()
            .AddIf(request.DoctorId == Guid.Empty, "doctorId", "doctorId must not be empty.");
        var notes = request.Notes is null ? appointment.Notes : AppointmentInput.Notes(request.Notes, errors);
        AppointmentInput.Duration(request.DurationMinutes, errors);
        errors.ThrowIfAny();

        var doctorId = request.DoctorId ?? appointment.DoctorId;
        var doctorName = doctorId == appointment.DoctorId ? current.DoctorName : (await FindDoctorAsync(doctorId, ct)).Name;
        var newType = request.AppointmentTypeId is { } typeId && typeId != appointment.AppointmentTypeId
            ? await FindTypeAsync(typeId, ct)
            : null;

        var now = time.Now();
        var slot = new AppointmentSlot(request.StartsAt ?? appointment.StartsAt,
            request.DurationMinutes ?? newType?.DurationMinutes ?? appointment.DurationMinutes);
        var moves = appointment.Moves(doctorId, slot);
        if (!appointment.Reschedule(doctorId, slot, notes, now, newType))
        {
            return current;
        }

        if (moves)
        {
            await rules.EnsureFitsAsync(doctorId, doctorName, slot, request.AllowOutsideHours, ct);
        }

        var view = new AppointmentView(appointment, doctorName, current.PatientName, newType?.Name ?? current.AppointmentTypeName);
        db.AddIntegrationEvent(AppointmentEvents.Rescheduled(db.CurrentClinicId, view, now));
        await SaveLockedAsync(doctorId, ct);
        return view;
    }

    public Task<AppointmentView> CompleteAsync(Guid id, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, (view, now) =>
        {
            view.Appointment.Complete();
            return AppointmentEvents.Completed(db.CurrentClinicId, view, now);
        }, metrics.Completed, ct);

    public Task<AppointmentView> CancelAsync(Guid id, CancelAppointmentRequest? request, string? ifMatch, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var reason = AppointmentInput.CancelReason(request?.Reason, errors);
        errors.ThrowIfAny();
        return ChangeAsync(id, ifMatch, (view, now) =>
        {
            view.Appointment.Cancel(reason);
            return AppointmentEvents.Cancelled(db.CurrentClinicId, view, now);
        }, metrics.Cancelled, ct);
    }

    public Task<AppointmentView> MarkNoShowAsync(Guid id, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, (view, now) =>
        {
            view.Appointment.MarkNoShow(now);
            return AppointmentEvents.MarkedNoShow(db.CurrentClinicId, view, now);
        }, metrics.MarkedNoShow, ct);

    /// <summary>Soft delete: refused (409) once billing told us of a payment for the appointment.</summary>
    public async Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var view = await LoadForChangeAsync(id, ifMatch, ct);
        var payments = await db.RecordedPayments.CountAsync(p => p.AppointmentId == id, ct);
        var now = time.Now();
        view.Appointment.Delete(payments, now);
        await SaveWithAsync(AppointmentEvents.Deleted(db.CurrentClinicId, view, now), ct);
    }

    private Task<Doctor> FindDoctorAsync(Guid id, CancellationToken ct) => db.Doctors.GetAsync(id, "Doctor", ct);

    /// <summary>404 for an unknown or another clinic's type; an archived one is refused by the appointment (422).</summary>
    private Task<AppointmentType> FindTypeAsync(Guid id, CancellationToken ct) => db.AppointmentTypes.GetAsync(id, "Appointment type", ct);

    /// <summary>
    /// Applies one status change, read and written in one transaction, and once it is committed counts it
    /// (<paramref name="committed"/>).
    /// </summary>
    private async Task<AppointmentView> ChangeAsync(Guid id, string? ifMatch, Func<AppointmentView, DateTimeOffset, IntegrationEvent> change,
        Action committed, CancellationToken ct)
    {
        var view = await db.InTransactionAsync(async attemptCt =>
        {
            db.ChangeTracker.Clear();
            var current = await LoadForChangeAsync(id, ifMatch, attemptCt);
            await SaveWithAsync(change(current, time.Now()), attemptCt);
            return current;
        }, ct);
        committed();
        return view;
    }

    /// <summary>
    /// The tracked appointment with its names (one query), 404 when missing, deleted or another clinic's; 412 when
    /// If-Match names an older version. A change made after this read fails SaveChanges on xmin
    /// (DbUpdateConcurrencyException → 412 / 409).
    /// </summary>
    private async Task<AppointmentView> LoadForChangeAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        var view = await (
            from a in db.Appointments
            join d in db.Doctors on a.DoctorId equals d.Id
            join p in db.Patients on a.PatientId equals p.Id
            join t in db.AppointmentTypes on a.AppointmentTypeId equals (Guid?)t.Id into types
            from t in types.DefaultIfEmpty()
            where a.Id == id
            select new AppointmentView(a, d.Name, p.Name, t == null ? null : t.Name)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Appointment");
        VersionedRecords.EnsureMatches(ifMatch, view.Appointment.RowVersion, "appointment");
        return view;
    }

    private async Task SaveWithAsync(IntegrationEvent integrationEvent, CancellationToken ct)
    {
        db.AddIntegrationEvent(integrationEvent);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Saves a booking or a reschedule, in the caller's transaction, with the doctor's schedule locked until commit.
    /// Unlocked, overlapping inserts wait on each other's uncommitted rows inside the exclusion constraint and deadlock
    /// (40P01, which PostgreSQL breaks one per second and the retrying strategy repeats): 50 concurrent bookings of one
    /// slot could all run past the 10 s deadline. Locked, they queue; the first commits and each later one meets its
    /// row at once (23P01 → 409).
    /// </summary>
    private async Task SaveLockedAsync(Guid doctorId, CancellationToken ct)
    {
        await AdvisoryLock.AcquireForTransactionAsync(db, doctorId, ct);
        await db.SaveChangesAsync(ct);
    }
}
