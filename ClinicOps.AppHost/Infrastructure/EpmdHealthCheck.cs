using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Healthy once epmd answers a NAMES request (the port-mapper protocol: length 1, 'n'; the reply starts with its port).</summary>
public sealed class EpmdHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    private static readonly byte[] NamesRequest = [0, 1, (byte)'n'];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", endpoint.Port, cancellationToken);
        await using var stream = client.GetStream();
        await stream.WriteAsync(NamesRequest, cancellationToken);
        var reply = new byte[4];
        await stream.ReadExactlyAsync(reply, cancellationToken);
        var port = (reply[0] << 24) | (reply[1] << 16) | (reply[2] << 8) | reply[3];
        return port == endpoint.Port
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Something other than epmd answers on port {endpoint.Port}.");
    }
}
