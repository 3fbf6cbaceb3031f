using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>The newest known state of one appointment, as far as the figures need it.</summary>
public sealed class AppointmentFact : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid AppointmentId { get; private set; }
    public Guid DoctorId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public string Status { get; private set; } = AppointmentStatuses.Scheduled;
    public bool Deleted { get; private set; }
    public int Version { get; private set; }

    /// <summary>Counted in the figures: a deleted booking is as if it had never been made.</summary>
    public bool Counts => !Deleted;

    public static AppointmentFact From(AppointmentSnapshot snapshot)
    {
        var fact = new AppointmentFact { ClinicId = snapshot.ClinicId, AppointmentId = snapshot.AppointmentId };
        fact.Apply(snapshot);
        return fact;
    }

    /// <summary>True when <paramref name="snapshot"/> is newer than what this fact holds.</summary>
    public bool IsOlderThan(AppointmentSnapshot snapshot) => snapshot.Version > Version;

    public void Apply(AppointmentSnapshot snapshot)
    {
        DoctorId = snapshot.DoctorId;
        StartsAt = snapshot.StartsAt.ToUniversalTime();
        Status = snapshot.Status;
        Deleted = snapshot.Deleted;
        Version = snapshot.Version;
    }
}
