using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A visit of a patient to a doctor. Its status moves only through the methods below: from scheduled to
/// completed, cancelled or no_show, and nowhere else. <see cref="Revision"/> counts the changes other services
/// see (1 at booking, +1 per change); <see cref="RowVersion"/> is PostgreSQL's xmin, for optimistic concurrency.
/// </summary>
public sealed class Appointment : ITenantOwned, IAudited
{
    public const int MinDurationMinutes = 5;
    public const int MaxDurationMinutes = 480;
    public const int DefaultDurationMinutes = 30;
    public const int MaxNotesLength = 2000;
    public const int MaxCancelReasonLength = 500;

    private Appointment()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public Guid PatientId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    /// <summary>The type booked, if any; it stays when the type is archived later.</summary>
    public Guid? AppointmentTypeId { get; private set; }
    /// <summary>The type's price when it was chosen: what billing charges by default, unchanged by later edits of the type.</summary>
    public decimal? Price { get; private set; }
    public string Status { get; private set; } = AppointmentStatuses.Scheduled;
    public string? Notes { get; private set; }
    public string? CancelReason { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }
    public int Revision { get; private set; }
    public uint RowVersion { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public static Appointment Book(Guid doctorId, Guid patientId, AppointmentSlot slot, string? notes, DateTimeOffset now,
        AppointmentType? type = null)
    {
        EnsureInFuture(slot.StartsAt, now);
        var appointment = new Appointment
        {
            Id = Guid.CreateVersion7(now),
            DoctorId = doctorId,
            PatientId = patientId,
            Notes = notes,
            Revision = 1,
        };
        if (type is not null)
        {
            appointment.Take(type);
        }

        appointment.Place(slot);
        return appointment;
    }

    /// <summary>
    /// Moves or edits a scheduled appointment. A new start must lie in the future; notes, doctor, duration and type can be
    /// edited after the start too. <paramref name="type"/> null keeps the type; another type brings its price along.
    /// Returns false (and changes nothing) when every value is already as asked.
    /// </summary>
    public bool Reschedule(Guid doctorId, AppointmentSlot slot, string? notes, DateTimeOffset now, AppointmentType? type = null)
    {
        EnsureScheduled("changed");
        var newType = type is not null && type.Id != AppointmentTypeId;
        if (doctorId == DoctorId && slot.StartsAt == StartsAt && slot.DurationMinutes == DurationMinutes && notes == Notes && !newType)
        {
            return false;
        }

        if (slot.StartsAt != StartsAt)
        {
            EnsureInFuture(slot.StartsAt, now);
        }

        if (newType)
        {
            Take(type!);
        }

        DoctorId = doctorId;
        Notes = notes;
        Place(slot);
        Revision++;
        return true;
    }

    /// <summary>Whether <paramref name="slot"/> and <paramref name="doctorId"/> differ from where the appointment is now.</summary>
    public bool Moves(Guid doctorId, AppointmentSlot slot) =>
        doctorId != DoctorId || slot.StartsAt != StartsAt || slot.DurationMinutes != DurationMinutes;

    /// <summary>Allowed from scheduled, also after the start time has passed.</summary>
    public void Complete()
    {
        EnsureScheduled("completed");
        Status = AppointmentStatuses.Completed;
        Revision++;
    }

    public void Cancel(string? reason)
    {
        EnsureScheduled("cancelled");
        Status = AppointmentStatuses.Cancelled;
        CancelReason = reason;
        Revision++;
    }

    /// <summary>A patient can only have missed a visit once it has begun.</summary>
    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureScheduled("marked as a no-show");
        if (StartsAt > now)
        {
            throw new RuleViolationException("An appointment can be marked as a no-show only once its start time has passed.");
        }

        Status = AppointmentStatuses.NoShow;
        Revision++;
    }

    /// <summary>Soft delete of a mistaken booking: kept for the audit trail, hidden from reads, its slot freed.</summary>
    public void Delete(int recordedPayments, DateTimeOffset now)
    {
        if (recordedPayments > 0)
        {
            throw new ConflictException("The appointment has payments recorded and cannot be deleted; cancel it instead.");
        }

        DeletedAt = now;
        Revision++;
    }

    private void Take(AppointmentType type)
    {
        type.EnsureBookable();
        AppointmentTypeId = type.Id;
        Price = type.Price;
    }

    private void Place(AppointmentSlot slot)
    {
        StartsAt = slot.StartsAt;
        DurationMinutes = slot.DurationMinutes;
        EndsAt = slot.EndsAt;
    }

    private void EnsureScheduled(string action)
    {
        if (Status != AppointmentStatuses.Scheduled)
        {
            throw new RuleViolationException($"Only a scheduled appointment can be {action}; this one is {Status}.");
        }
    }

    /// <summary>How far ahead a clinic can book: far enough for any real visit, and far from DateTimeOffset's limits.</summary>
    public const int BookingHorizonYears = 5;

    private static void EnsureInFuture(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            throw new ValidationException("startsAt", "startsAt must be in the future.");
        }

        if (startsAt > now.AddYears(BookingHorizonYears))
        {
            throw new ValidationException("startsAt", $"startsAt must be within {BookingHorizonYears} years from now.");
        }
    }
}
