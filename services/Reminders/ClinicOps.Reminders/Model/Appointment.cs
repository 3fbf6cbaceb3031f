using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// Replica of scheduling's appointment, fed by its events. An event is applied only when its
/// <see cref="Version"/> is newer, so redelivered and reordered events converge.
/// </summary>
public sealed class Appointment : ITenantOwned
{
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

    public static Appointment From(AppointmentSnapshot snapshot)
    {
        var appointment = new Appointment { Id = snapshot.AppointmentId };
        appointment.Apply(snapshot);
        return appointment;
    }

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
