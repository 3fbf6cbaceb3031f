using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Healthy once a full AMQP handshake succeeds: an open port alone does not mean the broker has booted.</summary>
public sealed class RabbitMqHealthCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"The connection string of '{resource.Name}' is not available yet.");
        }

        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = "clinicops-apphost-health",
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The AMQP connection closed during the handshake.");
    }
}
