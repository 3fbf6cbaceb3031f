using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// Replica of scheduling's appointment, fed by its events (and, before the first event arrives, by asking scheduling).
/// An event is applied only when its <see cref="Version"/> is newer, so redelivered and reordered events converge.
/// </summary>
public sealed class Appointment : ITenantOwned
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
    public int Version { get; private set; }
    public uint RowVersion { get; private set; }

    public bool IsScheduled => Status == AppointmentStatuses.Scheduled && !Deleted;

    /// <summary>Known only from scheduling's API so far: no event of it has been applied.</summary>
    public bool IsFetched => Version == FetchedVersion;

    public static Appointment From(AppointmentSnapshot snapshot)
    {
        var appointment = new Appointment { Id = snapshot.AppointmentId, ClinicId = snapshot.ClinicId };
        appointment.Apply(snapshot);
        return appointment;
    }

    /// <summary>The appointment as scheduling answered for the caller's clinic, before any of its events arrived.</summary>
    public static Appointment Fetched(Guid clinicId, Guid id, Guid doctorId, Guid patientId, DateTimeOffset startsAt, string status) => new()
    {
        Id = id,
        ClinicId = clinicId,
        DoctorId = doctorId,
        PatientId = patientId,
        StartsAt = startsAt.ToUniversalTime(),
        Status = status,
        Version = FetchedVersion,
    };

    /// <summary>Takes the snapshot when it is newer than what is held; false for a stale or repeated event.</summary>
    public bool ApplyIfNewer(AppointmentSnapshot snapshot)
    {
        if (snapshot.Version <= Version)
        {
            return false;
        }

        Apply(snapshot);
        return true;
    }

    private void Apply(AppointmentSnapshot snapshot)
    {
        DoctorId = snapshot.DoctorId;
        PatientId = snapshot.PatientId;
        StartsAt = snapshot.StartsAt.ToUniversalTime();
        Status = snapshot.Status;
        Deleted = snapshot.Deleted;
        Version = snapshot.Version;
    }
}
