using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Healthy once something accepts TCP connections on the endpoint (for epmd, which speaks no handshake worth checking).</summary>
public sealed class TcpPortHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", endpoint.Port, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
