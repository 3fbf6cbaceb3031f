using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Scheduling;
using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The read model's lag for every appointment completed and every payment made paid in a window, read from the
/// databases and joined by event id: the producers' outboxes say which events were committed and when they happened
/// (inside the writing transaction); analytics' event log says which it recorded and when (inside the transaction that
/// moves the dashboard's figures). A payment becomes paid once, with one PaymentPaid (PaymentRecorded comes with it
/// when it is recorded as paid, and is not counted again). Committed events analytics has not recorded are missing;
/// recorded events no producer committed in the window are extra.
/// </summary>
public sealed record LagCensus(IReadOnlyList<RecordedLag> Lags, long Committed, long Recorded, long Missing, long Extra)
{
    private static readonly (string Database, Type Event, string Kind)[] Events =
    [
        (ResourceNames.SchedulingDatabase, typeof(AppointmentCompleted), RecordedLag.Completed),
        (ResourceNames.BillingDatabase, typeof(PaymentPaid), RecordedLag.Paid),
    ];

    /// <summary>
    /// Waits (bounded by <paramref name="within"/>) until analytics has recorded every such event the producers
    /// committed in [<paramref name="from"/>, <paramref name="to"/>), then answers the census.
    /// </summary>
    public static async Task<LagCensus> ReadAsync(BenchApp app, DateTimeOffset from, DateTimeOffset to, TimeSpan within,
        CancellationToken cancellationToken)
    {
        var committed = new HashSet<Guid>();
        foreach (var (database, type, _) in Events)
        {
            await using var connection = await app.OpenDatabaseAsync(database, cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT id FROM outbox_messages WHERE type = @type AND occurred_at >= @from AND occurred_at < @to", connection);
            command.Parameters.AddWithValue("type", type.FullName!);
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                committed.Add(reader.GetGuid(0));
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var analytics = await app.OpenDatabaseAsync(ResourceNames.AnalyticsDatabase, cancellationToken);
        while (true)
        {
            var recorded = await RecordedAsync(analytics, from, to, cancellationToken);
            var missing = committed.Count(id => !recorded.ContainsKey(id));
            if (missing == 0 || clock.Elapsed > within)
            {
                var lags = recorded.Where(r => committed.Contains(r.Key)).Select(r => r.Value).ToList();
                return new LagCensus(lags, committed.Count, recorded.Count, missing, recorded.Count - lags.Count);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<Dictionary<Guid, RecordedLag>> RecordedAsync(NpgsqlConnection analytics, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT event_id, type, occurred_at, EXTRACT(EPOCH FROM recorded_at - occurred_at)::float8 * 1000
            FROM event_log WHERE type = ANY(@types) AND occurred_at >= @from AND occurred_at < @to
            """, analytics);
        command.Parameters.AddWithValue("types", Events.Select(e => e.Event.Name).ToArray());
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        var recorded = new Dictionary<Guid, RecordedLag>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = Events.Single(e => e.Event.Name == reader.GetString(1)).Kind;
            recorded[reader.GetGuid(0)] = new RecordedLag(kind, reader.GetFieldValue<DateTimeOffset>(2), reader.GetDouble(3));
        }

        return recorded;
    }

    /// <summary>The events of the census that happened in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<RecordedLag> Between(DateTimeOffset from, DateTimeOffset to) =>
        [.. Lags.Where(l => l.OccurredAt >= from && l.OccurredAt < to)];
}
