using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.AppHost.Infrastructure;

public static class ResourceHealthChecks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Registers a health check the AppHost runs against a resource; returns its key for <c>WithHealthCheck</c>.</summary>
    public static string AddResourceHealthCheck(this IDistributedApplicationBuilder builder, string key, Func<IHealthCheck> create)
    {
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => create(), HealthStatus.Unhealthy, tags: null, timeout: Timeout));
        return key;
    }
}
