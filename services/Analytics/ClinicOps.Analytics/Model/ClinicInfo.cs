using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>The clinic's time zone (for per-day revenue) and currency. The newest event time wins.</summary>
public sealed class ClinicInfo : ITenantOwned
{
    public const string DefaultTimeZone = "UTC";

    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public string? Currency { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ClinicInfo Create(Guid clinicId) =>
        new() { ClinicId = clinicId, UpdatedAt = DateTimeOffset.MinValue };

    /// <summary>Applies the clinic's details unless newer ones are already held; true when applied.</summary>
    public bool Apply(string name, string timeZone, string currency, DateTimeOffset occurredAt)
    {
        if (occurredAt <= UpdatedAt)
        {
            return false;
        }

        Name = name;
        TimeZone = timeZone;
        Currency = currency;
        UpdatedAt = occurredAt.ToUniversalTime();
        return true;
    }
}
