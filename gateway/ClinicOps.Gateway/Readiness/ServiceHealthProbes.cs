using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace ClinicOps.Gateway.Readiness;

/// <summary>
/// Every cluster probes its services' /alive every few seconds, and a request goes only to a service that answers (or
/// has not been probed yet); with none left, YARP answers at once instead of waiting for a connection or a deadline (see
/// <see cref="UnavailableServiceAnswer"/> for what the client gets). Liveness, not the services' /health: a service
/// whose broker is down still takes bookings and payments (its outbox keeps the events), and one whose database is
/// down answers its own 503 — the gateway must not refuse them. Three failed probes in a row, not one, mark a service
/// down, so a probe slowed by a busy machine does not turn traffic away.
/// </summary>
public sealed class ServiceHealthProbes : IProxyConfigFilter
{
    public const string ProbePath = "/alive";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) =>
        ValueTask.FromResult(cluster with
        {
            Metadata = new Dictionary<string, string>(cluster.Metadata ?? new Dictionary<string, string>())
            {
                [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "3",
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = Interval,
                    Timeout = Timeout,
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = ProbePath,
                },
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
            },
        });

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        ValueTask.FromResult(route);
}
