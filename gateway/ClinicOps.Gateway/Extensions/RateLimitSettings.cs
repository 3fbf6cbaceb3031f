namespace ClinicOps.Gateway.Extensions;

/// <summary>Configuration section "RateLimits" (requests per minute).</summary>
public sealed class RateLimitSettings
{
    public int AuthPerMinute { get; set; } = 60;
    public int ClinicPerMinute { get; set; } = 6000;

    /// <summary>
    /// Addresses or networks ("10.0.0.0/8", "::1") of the proxies in front of the gateway (a load balancer, the staff
    /// web app). Only their X-Forwarded-For is believed; anyone else could name any address in it. Empty by default.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
