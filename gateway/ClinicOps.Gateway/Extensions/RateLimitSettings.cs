namespace ClinicOps.Gateway.Extensions;

/// <summary>Configuration section "RateLimits" (requests per minute).</summary>
public sealed class RateLimitSettings
{
    public int AuthPerMinute { get; set; } = 60;
    public int ClinicPerMinute { get; set; } = 6000;
}
