using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// What scheduling knows of a clinic, kept from identity's ClinicRegistered / ClinicUpdated events: its time zone
/// gives the country for phone numbers and "today" for dates of birth.
/// </summary>
public sealed class Clinic : ITenantOwned
{
    private Clinic()
    {
    }

    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; private set; } = "";
    /// <summary>OccurredAt of the event last applied; older events are ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static Clinic From(string name, string timeZone, DateTimeOffset changedAt) =>
        new() { Name = name, TimeZone = timeZone, ChangedAt = changedAt };

    /// <summary>Applies a newer snapshot; returns false for one older than what is held (reordered delivery).</summary>
    public bool Apply(string name, string timeZone, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
        {
            return false;
        }

        Name = name;
        TimeZone = timeZone;
        ChangedAt = changedAt;
        return true;
    }
}
