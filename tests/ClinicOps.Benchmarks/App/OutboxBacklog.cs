using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Events a service has committed but not yet published (its outbox rows without sent_at) and how long the oldest has
/// waited: where the read model's lag comes from when it grows.
/// </summary>
public sealed record OutboxBacklog(string Database, long Unsent, double OldestSeconds)
{
    /// <summary>
    /// Waits (bounded) until no service has unsent outbox rows; answers how many there were and how long they took,
    /// which is the relays' publishing rate when nothing else runs.
    /// </summary>
    public static async Task<(long Rows, TimeSpan Took, bool Drained)> WaitDrainedAsync(BenchApp app, TimeSpan within, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = (await ReadAsync(app, cancellationToken)).Sum(b => b.Unsent);
        var left = first;
        while (left > 0 && clock.Elapsed < within)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            left = (await ReadAsync(app, cancellationToken)).Sum(b => b.Unsent);
        }

        return (first, clock.Elapsed, left == 0);
    }

    public static async Task<IReadOnlyList<OutboxBacklog>> ReadAsync(BenchApp app, CancellationToken cancellationToken)
    {
        var backlogs = new List<OutboxBacklog>();
        foreach (var database in ResourceNames.ServiceDatabases)
        {
            await using var connection = await app.OpenDatabaseAsync(database, cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)::float8 FROM outbox_messages WHERE sent_at IS NULL",
                connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            backlogs.Add(new OutboxBacklog(database, reader.GetInt64(0), reader.GetDouble(1)));
        }

        return backlogs;
    }
}
