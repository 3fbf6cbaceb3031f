using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace ClinicOps.Gateway.Readiness;

/// <summary>
/// The gateway is ready only when every API service it routes to answered its last probe: a gateway that is up in front
/// of services that are not would invite requests that can only fail. (It starts only after every service reported
/// ready, so at start-up this means ready; later it means "up" — a service's own /health says whether its database and
/// broker answer.)
/// </summary>
public sealed class ServicesReadyHealthCheck(IProxyStateLookup proxy) : IHealthCheck
{
    /// <summary>Cluster metadata: "false" for a cluster the gateway's readiness does not wait for (the web app, which waits for the gateway).</summary>
    public const string GatesReadinessKey = "GatesReadiness";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notReady = proxy.GetClusters()
            .Where(cluster => cluster.Model.Config.Metadata?.GetValueOrDefault(GatesReadinessKey) != "false")
            .Where(cluster => !cluster.Destinations.Values.Any(d => d.Health.Active == DestinationHealth.Healthy))
            .Select(cluster => cluster.ClusterId)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(notReady.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Not ready yet: {string.Join(", ", notReady)}."));
    }
}
