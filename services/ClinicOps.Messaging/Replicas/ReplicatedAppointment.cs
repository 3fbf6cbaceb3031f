using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Messaging;

/// <summary>
/// A service's copy of a scheduling appointment, fed by the appointment events and, before the first of them arrives,
/// by asking scheduling (<see cref="AppointmentDirectory{TDbContext,TAppointment}"/>). It changes only to a newer
/// <see cref="Version"/>, so redelivered and reordered events converge on the same state. Each service's appointment
/// keeps the further details it needs (<see cref="Copy(AppointmentSnapshot)"/>, <see cref="Copy(ScheduledAppointment)"/>).
/// </summary>
public abstract class ReplicatedAppointment : ITenantOwned
{
    /// <summary>
    /// The version of a state fetched from scheduling's API, below every event's (1 at booking): the API's `version`
    /// is the row's concurrency token, not the event Version, so the first event replaces the fetched state.
    /// </summary>
    public const int FetchedVersion = 0;

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public Guid PatientId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public string Status { get; private set; } = AppointmentStatuses.Scheduled;
    public bool Deleted { get; private set; }
    /// <summary>The event Version applied last; <see cref="FetchedVersion"/> when known only from scheduling's API.</summary>
    public int Version { get; private set; }

    /// <summary>Known only from scheduling's API so far: no event of it has been applied.</summary>
    public bool IsFetched => Version == FetchedVersion;

    /// <summary>The appointment as its event carries it, at first sight.</summary>
    public static TAppointment From<TAppointment>(AppointmentSnapshot snapshot) where TAppointment : ReplicatedAppointment, new()
    {
        var appointment = new TAppointment();
        appointment.Take(snapshot);
        return appointment;
    }

    /// <summary>The appointment as scheduling answered for the caller's clinic, before any of its events arrived.</summary>
    public static TAppointment Fetched<TAppointment>(ScheduledAppointment answer) where TAppointment : ReplicatedAppointment, new()
    {
        var appointment = new TAppointment();
        appointment.Take(answer);
        return appointment;
    }

    /// <summary>Takes the snapshot when it is newer than what is held; false for a stale or repeated event.</summary>
    public bool ApplyIfNewer(AppointmentSnapshot snapshot)
    {
        if (snapshot.Version <= Version)
        {
            return false;
        }

        Take(snapshot);
        return true;
    }

    /// <summary>Copies the further details this service keeps from an event.</summary>
    protected virtual void Copy(AppointmentSnapshot snapshot)
    {
    }

    /// <summary>Copies the further details this service keeps from scheduling's answer.</summary>
    protected virtual void Copy(ScheduledAppointment answer)
    {
    }

    private void Take(AppointmentSnapshot snapshot)
    {
        Id = snapshot.AppointmentId;
        ClinicId = snapshot.ClinicId;
        DoctorId = snapshot.DoctorId;
        PatientId = snapshot.PatientId;
        StartsAt = snapshot.StartsAt.ToUniversalTime();
        Status = snapshot.Status;
        Deleted = snapshot.Deleted;
        Version = snapshot.Version;
        Copy(snapshot);
    }

    private void Take(ScheduledAppointment answer)
    {
        Id = answer.Id;
        DoctorId = answer.DoctorId;
        PatientId = answer.PatientId;
        StartsAt = answer.StartsAt.ToUniversalTime();
        Status = answer.Status;
        Version = FetchedVersion;
        Copy(answer);
    }
}
