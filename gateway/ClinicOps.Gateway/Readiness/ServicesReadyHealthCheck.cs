using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace ClinicOps.Gateway.Readiness;

/// <summary>
/// The gateway is ready only when every service it routes to answered its last health probe as healthy: a gateway
/// that is up in front of services that are not would invite requests that can only fail.
/// </summary>
public sealed class ServicesReadyHealthCheck(IProxyStateLookup proxy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notReady = proxy.GetClusters()
            .Where(cluster => !cluster.Destinations.Values.Any(d => d.Health.Active == DestinationHealth.Healthy))
            .Select(cluster => cluster.ClusterId)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(notReady.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Not ready yet: {string.Join(", ", notReady)}."));
    }
}
