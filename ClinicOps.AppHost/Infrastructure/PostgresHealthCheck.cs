using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Healthy when a real connection opens and answers a query, with the resource's own credentials. For a service's
/// database it is also the init step: <paramref name="provisioning"/> creates the database and its role first.
/// </summary>
public sealed class PostgresHealthCheck(IResourceWithConnectionString resource, DatabaseProvisioning? provisioning = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"The connection string of '{resource.Name}' is not available yet.");
        }

        if (provisioning is not null)
        {
            await provisioning.EnsureAsync(cancellationToken);
        }

        // No pooling: an idle pooled connection held by the AppHost would make PostgreSQL's shutdown wait for it.
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
        settings.Database ??= "postgres";
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
