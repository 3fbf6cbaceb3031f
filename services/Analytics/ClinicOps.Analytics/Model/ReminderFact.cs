using ClinicOps.Contracts.Reminders;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>The newest known status of one reminder.</summary>
public sealed class ReminderFact : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid ReminderId { get; private set; }
    public string Status { get; private set; } = ReminderStatuses.Pending;
    public int Version { get; private set; }

    public bool IsPending => Status == ReminderStatuses.Pending;

    public static ReminderFact From(ReminderSnapshot snapshot)
    {
        var fact = new ReminderFact { ClinicId = snapshot.ClinicId, ReminderId = snapshot.ReminderId };
        fact.Apply(snapshot);
        return fact;
    }

    public bool IsOlderThan(ReminderSnapshot snapshot) => snapshot.Version > Version;

    public void Apply(ReminderSnapshot snapshot)
    {
        Status = snapshot.Status;
        Version = snapshot.Version;
    }
}
