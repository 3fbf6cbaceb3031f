using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;

namespace ClinicOps.Analytics.Model;

/// <summary>The clinic's time zone (for per-day revenue) and currency.</summary>
public sealed class ClinicInfo : ReplicatedClinic
{
    public const string DefaultTimeZone = "UTC";

    public string Name { get; private set; } = "";
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public string? Currency { get; private set; }

    protected override void Copy(ClinicSnapshot clinic)
    {
        Name = clinic.Name;
        TimeZone = clinic.TimeZone;
        Currency = clinic.Currency;
    }
}
