using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Events a service has committed but not yet published (its outbox rows without sent_at) and how long the oldest has
/// waited: where the read model's lag comes from when it grows.
/// </summary>
public sealed record OutboxBacklog(string Database, long Unsent, double OldestSeconds)
{
    public static async Task<IReadOnlyList<OutboxBacklog>> ReadAsync(BenchApp app, CancellationToken cancellationToken)
    {
        await using var databases = await ServiceDatabases.OpenAsync(app, cancellationToken);
        return await ReadAsync(databases, cancellationToken);
    }

    public static async Task<IReadOnlyList<OutboxBacklog>> ReadAsync(ServiceDatabases databases, CancellationToken cancellationToken)
    {
        var backlogs = new List<OutboxBacklog>();
        foreach (var (database, connection) in databases.Connections)
        {
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
