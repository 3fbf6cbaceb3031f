using ClinicOps.Testing;
using Npgsql;

namespace ClinicOps.Messaging.Tests;

/// <summary>The shared test infrastructure itself: real servers that can be restarted in place.</summary>
public sealed class TestServersTests
{
    [Fact]
    public async Task Each_created_database_is_new_and_reachable()
    {
        var servers = await TestServers.GetAsync();

        var first = await servers.CreateDatabaseAsync("Smoke-Test");
        var second = await servers.CreateDatabaseAsync("Smoke-Test");

        Assert.NotEqual(first, second);
        Assert.Contains("Include Error Detail=True", first, StringComparison.OrdinalIgnoreCase);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        Assert.StartsWith("smoke_test_", connection.Database, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Servers_restart_on_the_same_port()
    {
        await using var servers = await TestServers.StartNewAsync();
        var database = await servers.CreateDatabaseAsync("restart");
        var broker = servers.RabbitMqConnectionString;

        await servers.StopRabbitMqAsync();
        await servers.StopPostgresAsync();
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(database));

        await servers.StartPostgresAsync();
        await servers.StartRabbitMqAsync();

        Assert.Equal(broker, servers.RabbitMqConnectionString);
        await OpenAsync(database);
    }

    private static async Task OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
    }
}
