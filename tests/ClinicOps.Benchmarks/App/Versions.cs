using System.Runtime.InteropServices;
using System.Text;
using Npgsql;
using RabbitMQ.Client;

namespace ClinicOps.Benchmarks.App;

/// <summary>Versions and machine facts for the report, each asked of the running server itself.</summary>
public static class Versions
{
    public static string DotNet => RuntimeInformation.FrameworkDescription;

    public static string Os => RuntimeInformation.OSDescription;

    public static string Cpu =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    public static async Task<string> PostgreSqlAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "unknown";
    }

    public static async Task<string> RabbitMqAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        return connection.ServerProperties?.TryGetValue("version", out var version) == true && version is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : "unknown";
    }
}
