using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// What the PostgreSQL server has done so far: transactions committed per database (pg_stat_database), WAL records
/// (pg_stat_wal) and WAL bytes (the insert position, exact at once: no statistics to wait for). The difference of two
/// readings is the database work of what ran between them, which shows what one booking costs the server beside
/// pgbench's one-row insert.
/// </summary>
public sealed record DatabaseWork(IReadOnlyDictionary<string, long> Commits, long WalRecords, long WalBytes)
{
    /// <summary>
    /// Idle backends report their counters to the statistics system at least every 10 s (PostgreSQL 15), so a reading
    /// taken this long after the work stopped includes all of it.
    /// </summary>
    public static readonly TimeSpan StatisticsFlush = TimeSpan.FromSeconds(11);

    public long TotalCommits => Commits.Values.Sum();

    public static async Task<DatabaseWork> ReadAsync(BenchApp app, CancellationToken cancellationToken)
    {
        // As the server's superuser: the WAL position is the whole server's, which a service's own role may not read.
        await using var connection = await app.OpenDatabaseAsync(ResourceNames.Postgres, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT datname, xact_commit FROM pg_stat_database WHERE datname IS NOT NULL; " +
            "SELECT wal_records, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint FROM pg_stat_wal",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var commits = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            commits[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DatabaseWork(commits, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>WAL bytes the whole server has written so far (its insert position).</summary>
    public static async Task<long> WalPositionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The work done since <paramref name="before"/>.</summary>
    public DatabaseWork Since(DatabaseWork before) => new(
        Commits.ToDictionary(c => c.Key, c => c.Value - before.Commits.GetValueOrDefault(c.Key)),
        WalRecords - before.WalRecords,
        WalBytes - before.WalBytes);

    /// <summary>Appointments in scheduling's database: how many bookings the work above was for, warm-up included.</summary>
    public static async Task<long> AppointmentsAsync(BenchApp app, CancellationToken cancellationToken)
    {
        await using var connection = await app.OpenDatabaseAsync(ResourceNames.SchedulingDatabase, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM appointments", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
