using System.Diagnostics;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Whether every event the app had committed was published and consumed: no unsent outbox row, no message in any
/// queue (ready or unacknowledged), and again no unsent outbox row — a consumer commits the events it raises before it
/// acknowledges the message, so once the queues are empty, a second empty look at the outboxes means all is done.
/// Queues MassTransit parks failed messages in are reported, not waited for.
/// </summary>
public sealed record Quiescence(bool Drained, TimeSpan Took, long UnsentAtStart, long UnsentLeft,
    IReadOnlyDictionary<string, long> QueuedLeft, IReadOnlyDictionary<string, long> DeadLetters)
{
    private static readonly TimeSpan OutboxPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan QueuePoll = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a figure measured at one client waits for the app to be at rest first: the sustained load can leave
    /// analytics minutes of queued events, and draining them would otherwise be measured as the figure's latency.
    /// </summary>
    public static readonly TimeSpan AtRestLimit = TimeSpan.FromMinutes(15);

    public long QueuedTotal => QueuedLeft.Values.Sum();

    /// <summary>Waits (bounded by <paramref name="within"/>) until the app is quiet, and says whether it got there.</summary>
    public static async Task<Quiescence> WaitAsync(BenchApp app, TimeSpan within, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var databases = await ServiceDatabases.OpenAsync(app, cancellationToken);
        var unsentAtStart = await UnsentAsync(databases, cancellationToken);
        var unsent = unsentAtStart;
        IReadOnlyDictionary<string, long> queues = new Dictionary<string, long>();
        while (true)
        {
            while (unsent > 0 && clock.Elapsed < within)
            {
                await Task.Delay(OutboxPoll, cancellationToken);
                unsent = await UnsentAsync(databases, cancellationToken);
            }

            queues = await BrokerQueues.ReadAsync(app, cancellationToken);
            var queued = queues.Where(q => !BrokerQueues.IsDeadLetter(q.Key)).Sum(q => q.Value);
            if (queued == 0)
            {
                unsent = await UnsentAsync(databases, cancellationToken);
                if (unsent == 0)
                {
                    return Result(true);
                }
            }

            if (clock.Elapsed >= within)
            {
                return Result(false);
            }

            await Task.Delay(QueuePoll, cancellationToken);
            unsent = await UnsentAsync(databases, cancellationToken);
        }

        Quiescence Result(bool drained) => new(drained, clock.Elapsed, unsentAtStart, unsent,
            queues.Where(q => !BrokerQueues.IsDeadLetter(q.Key) && q.Value > 0).ToDictionary(),
            queues.Where(q => BrokerQueues.IsDeadLetter(q.Key) && q.Value > 0).ToDictionary());
    }

    public override string ToString()
    {
        var state = Drained
            ? $"every outbox and queue was empty within {Took.TotalSeconds:0.0} s ({UnsentAtStart} events unsent at the first look)"
            : $"outboxes and queues were NOT empty after {Took.TotalSeconds:0} s: {UnsentLeft} unsent outbox rows, {QueuedTotal} messages queued " +
              $"({string.Join(", ", QueuedLeft.Select(q => $"{q.Key} {q.Value}"))})";
        return DeadLetters.Count == 0
            ? state
            : state + $"; failed messages parked: {string.Join(", ", DeadLetters.Select(q => $"{q.Key} {q.Value}"))}";
    }

    private static async Task<long> UnsentAsync(ServiceDatabases databases, CancellationToken cancellationToken) =>
        (await OutboxBacklog.ReadAsync(databases, cancellationToken)).Sum(b => b.Unsent);
}
