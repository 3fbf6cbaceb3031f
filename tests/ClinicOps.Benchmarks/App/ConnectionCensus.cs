using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>How many connections the PostgreSQL server holds, per database, against its max_connections.</summary>
public sealed record ConnectionCensus(int MaxConnections, int Reserved, IReadOnlyDictionary<string, int> ByDatabase)
{
    public int InUse => ByDatabase.Values.Sum();

    /// <summary>Connections still free for an ordinary client.</summary>
    public int Free => Math.Max(0, MaxConnections - Reserved - InUse);

    public override string ToString() =>
        $"{InUse} of max_connections {MaxConnections} in use ({string.Join(", ", ByDatabase.OrderByDescending(d => d.Value).Select(d => $"{d.Key} {d.Value}"))})";

    /// <summary>Counts as the server's superuser, who sees every database's connections (all the app's databases share it).</summary>
    public static async Task<ConnectionCensus> TakeAsync(BenchApp app, CancellationToken cancellationToken)
    {
        await using var connection = await app.OpenDatabaseAsync(ResourceNames.Postgres, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int; " +
            "SELECT COALESCE(datname, '(none)'), count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend' GROUP BY 1",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (max, reserved) = (reader.GetInt32(0), reader.GetInt32(1));
        await reader.NextResultAsync(cancellationToken);
        var byDatabase = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            byDatabase[reader.GetString(0)] = reader.GetInt32(1);
        }

        return new ConnectionCensus(max, reserved, byDatabase);
    }
}
