using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The read model's lag for every appointment completed and payment made paid in a window, read from the databases:
/// the producer's outbox row says when the event happened (inside the writing transaction) and analytics' event log
/// says when it was recorded (inside the transaction that moves the dashboard's figures). No sampling: every event
/// of the window counts, including the ones that arrive after the load has stopped.
/// </summary>
public sealed record RecordedLag(string Event, double Milliseconds)
{
    public const string Completed = "appointment completed";
    public const string Paid = "payment paid";

    // PaymentRecorded counts when the payment was recorded as paid straight away.
    private const string EventsOfInterest = """
        (type = 'AppointmentCompleted' OR type = 'PaymentPaid' OR (type = 'PaymentRecorded' AND payload->>'status' = 'paid'))
        """;

    /// <summary>
    /// Waits (bounded) until analytics has recorded every such event the producers committed in the window, then
    /// answers each one's lag and how many were still missing at the deadline.
    /// </summary>
    public static async Task<(IReadOnlyList<RecordedLag> Lags, long Missing)> ReadAsync(BenchApp app, DateTimeOffset from, DateTimeOffset to,
        TimeSpan within, CancellationToken cancellationToken)
    {
        var committed = await CountAsync(app, "scheduling-db", "type LIKE '%.AppointmentCompleted'", from, to, cancellationToken)
            + await CountAsync(app, "billing-db",
                "(type LIKE '%.PaymentPaid' OR (type LIKE '%.PaymentRecorded' AND payload::jsonb->>'status' = 'paid'))", from, to, cancellationToken);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<RecordedLag> lags;
        while (true)
        {
            lags = await LagsAsync(app, from, to, cancellationToken);
            if (lags.Count >= committed || clock.Elapsed > within)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        return (lags, Math.Max(0, committed - lags.Count));
    }

    private static async Task<long> CountAsync(BenchApp app, string database, string filter, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await using var connection = await app.OpenDatabaseAsync(database, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM outbox_messages WHERE {filter} AND occurred_at >= @from AND occurred_at < @to", connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<IReadOnlyList<RecordedLag>> LagsAsync(BenchApp app, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await app.OpenDatabaseAsync(ResourceNames.AnalyticsDatabase, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT type = 'AppointmentCompleted', EXTRACT(EPOCH FROM recorded_at - occurred_at)::float8 * 1000
            FROM event_log WHERE {EventsOfInterest} AND occurred_at >= @from AND occurred_at < @to
            """, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        var lags = new List<RecordedLag>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lags.Add(new RecordedLag(reader.GetBoolean(0) ? Completed : Paid, reader.GetDouble(1)));
        }

        return lags;
    }
}
