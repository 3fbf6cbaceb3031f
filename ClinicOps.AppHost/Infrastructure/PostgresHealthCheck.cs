using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Healthy when a real connection opens and answers a query. For a database it is also the init step: a database
/// that does not exist yet is created (idempotently, so a restart or a parallel check does no harm).
/// </summary>
public sealed class PostgresHealthCheck(IResourceWithConnectionString resource, string? databaseToCreate = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"The connection string of '{resource.Name}' is not available yet.");
        }

        // No pooling: an idle pooled connection held by the AppHost would make PostgreSQL's shutdown wait for it.
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
        settings.Database ??= "postgres";
        try
        {
            await PingAsync(settings.ConnectionString, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && databaseToCreate is not null)
        {
            await CreateDatabaseAsync(settings, databaseToCreate, cancellationToken);
            await PingAsync(settings.ConnectionString, cancellationToken);
        }

        return HealthCheckResult.Healthy();
    }

    private static async Task PingAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder settings, string database, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var command = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created meanwhile by a parallel check: that is what we wanted.
        }
    }
}
