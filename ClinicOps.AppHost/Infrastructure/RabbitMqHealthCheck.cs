using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Healthy once a full AMQP handshake succeeds: an open port alone does not mean the broker has booted.</summary>
public sealed class RabbitMqHealthCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await resource.GetConnectionStringAsync(cancellationToken) is null)
        {
            return HealthCheckResult.Unhealthy($"The connection string of '{resource.Name}' is not available yet.");
        }

        await using var connection = await BrokerConnection.OpenAsync(resource, "clinicops-apphost-health", cancellationToken);
        return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The AMQP connection closed during the handshake.");
    }
}
