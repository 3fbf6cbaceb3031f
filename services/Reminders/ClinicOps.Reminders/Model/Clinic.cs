using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>Replica of identity's clinic: what a reminder message needs (name, time zone).</summary>
public sealed class Clinic : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>IANA id, e.g. America/New_York.</summary>
    public string TimeZone { get; private set; } = "UTC";
    /// <summary>OccurredAt of the newest event applied, so an older one arriving late changes nothing.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Clinic Create(string name, string timeZone, DateTimeOffset occurredAt)
    {
        var clinic = new Clinic();
        clinic.Apply(name, timeZone, occurredAt);
        return clinic;
    }

    public void ApplyIfNewer(string name, string timeZone, DateTimeOffset occurredAt)
    {
        if (occurredAt > UpdatedAt)
        {
            Apply(name, timeZone, occurredAt);
        }
    }

    private void Apply(string name, string timeZone, DateTimeOffset occurredAt)
    {
        Name = name;
        TimeZone = timeZone;
        UpdatedAt = occurredAt.ToUniversalTime();
    }
}
