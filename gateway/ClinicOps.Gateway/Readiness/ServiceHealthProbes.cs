using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace ClinicOps.Gateway.Readiness;

/// <summary>
/// Every cluster probes its services' /health (ready: database and broker reachable) every few seconds, and a request
/// goes only to a service that is healthy or not probed yet. With none left, YARP answers at once instead of waiting
/// for a connection or a deadline (see <see cref="UnavailableServiceAnswer"/> for what the client gets).
/// </summary>
public sealed class ServiceHealthProbes : IProxyConfigFilter
{
    public const string HealthPath = "/health";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) =>
        ValueTask.FromResult(cluster with
        {
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = Interval,
                    Timeout = Timeout,
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = HealthPath,
                },
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
            },
        });

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        ValueTask.FromResult(route);
}
