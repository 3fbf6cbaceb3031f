using System.Diagnostics;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// Handles the events a service's consumers are handed, of every type, that arrive together in one transaction with one
/// inbox insert, where the service used to spend a transaction, an inbox insert and a commit's disk flush on each (the
/// benchmark's read model fell minutes behind a steady load that way). Nothing waits to fill a batch: the first event
/// starts a round at once, and what arrives while a round runs makes the next one, so a quiet service handles each event
/// as soon as it comes and a busy one in batches of up to <see cref="MessagingOptions.ConsumeBatchSize"/>.
/// </summary>
/// <remarks>
/// Clinics are split into <see cref="MessagingOptions.MaxConcurrentHandlers"/> partitions, each with one round at a time
/// (one database connection): a clinic's events are only ever handled by its partition's rounds, so a handler that locks
/// its clinic (analytics' read model) never waits for another round of the same service. Rounds per event type instead
/// each locked most clinics until they committed, and the read model's rounds ran one after another, minutes behind.
/// Every event is still handled as on its own: its handlers run with its clinic in the tenant context, their changes are
/// saved and forgotten before the next event's handlers run, and a redelivered event finds its inbox row and changes
/// nothing. If anything in a round fails, the round rolls back and its events are handled again one by one, each in a
/// transaction of its own, so one event that cannot be handled fails (and is retried, then moved to the _error queue)
/// alone. A round takes its clinics in one order, so rounds of two instances of a service never wait for each other's locks.
/// </remarks>
public sealed class EventBatcher<TDbContext>
    where TDbContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly MessagingOptions _options;
    private readonly MessagingMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<EventBatcher<TDbContext>> _logger;
    private readonly Partition[] _partitions;

    public EventBatcher(IServiceScopeFactory scopes, MessagingOptions options, MessagingMetrics metrics, TimeProvider time,
        ILogger<EventBatcher<TDbContext>> logger)
    {
        (_scopes, _options, _metrics, _time, _logger) = (scopes, options, metrics, time, logger);
        _partitions = [.. Enumerable.Range(0, Math.Max(1, options.MaxConcurrentHandlers)).Select(_ => new Partition())];
    }

    /// <summary>Handles <paramref name="message"/> in its clinic's next round; false when it had been handled before.</summary>
    public Task<bool> HandleAsync<TEvent>(TEvent message, CancellationToken ct) where TEvent : IntegrationEvent
    {
        var waiting = new Waiting(message, typeof(TEvent),
            (services, ct) => RunHandlersAsync(services, message, ct),
            Activity.Current?.Context, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        var partition = _partitions[(uint)message.ClinicId.GetHashCode() % _partitions.Length];
        lock (partition)
        {
            partition.Waiting.Add(waiting);
            if (!partition.Running)
            {
                partition.Running = true;
                // "Unsafe": without this caller's execution context. The rounds belong to no single message, so they must
                // not run in (and add their spans to) the trace of the message that happened to start them.
                ThreadPool.UnsafeQueueUserWorkItem(state => _ = RunRoundsAsync(state), partition, preferLocal: false);
            }
        }

        return waiting.Done.Task.WaitAsync(ct);
    }

    private async Task RunRoundsAsync(Partition partition)
    {
        while (true)
        {
            List<Waiting> round;
            lock (partition)
            {
                if (partition.Waiting.Count == 0)
                {
                    partition.Running = false;
                    return;
                }

                var count = Math.Min(partition.Waiting.Count, _options.ConsumeBatchSize);
                round = partition.Waiting[..count];
                partition.Waiting.RemoveRange(0, count);
            }

            await RunRoundAsync(round);
        }
    }

    private async Task RunRoundAsync(List<Waiting> round)
    {
        try
        {
            _metrics.ConsumedTogether(round.Count);
            if (round.Count == 1)
            {
                await HandleAloneAsync(round[0]);
                return;
            }

            // One span for the round, linked to the trace of every event in it.
            using var activity = MessagingActivities.Source.StartActivity("consume batch", ActivityKind.Internal, parentContext: default,
                links: round.Where(w => w.Cause is not null).Select(w => new ActivityLink(w.Cause!.Value)));
            activity?.SetTag("messaging.batch.message_count", round.Count);
            try
            {
                await HandleInOneTransactionAsync(round);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Handling {Count} events together failed; handling them one by one", round.Count);
                foreach (var waiting in round)
                {
                    await HandleAloneAsync(waiting);
                }
            }
        }
        catch (Exception e)
        {
            // Nothing may leave a message waiting forever.
            foreach (var waiting in round)
            {
                waiting.Done.TrySetException(e);
            }
        }
    }

    /// <summary>One event in a transaction of its own, in its own trace.</summary>
    private async Task HandleAloneAsync(Waiting waiting)
    {
        using var activity = MessagingActivities.StartFor($"consume {waiting.EventType.Name}", ActivityKind.Internal, waiting.Cause);
        try
        {
            await HandleInOneTransactionAsync([waiting]);
        }
        catch (Exception e)
        {
            waiting.Done.TrySetException(e);
        }
    }

    /// <summary>
    /// The whole round in one transaction, then tells each event's consumer whether it was handled now (false: before).
    /// Claiming the events in the inbox is one round trip: a redelivery finds its key and inserts nothing, and a concurrent
    /// duplicate waits on the key until this transaction ends (then inserts nothing, or claims it after a rollback).
    /// </summary>
    private async Task HandleInOneTransactionAsync(List<Waiting> round)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var results = await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var claims = round.DistinctBy(w => w.Message.EventId).ToList();
            var eventIds = claims.Select(w => w.Message.EventId).ToArray();
            var consumers = claims.Select(w => w.EventType.FullName!).ToArray();
            // The consumer's name in the inbox is its event type's: a service has one consumer per event type. And as an
            // event has one type, within a service its id alone names its inbox row.
            var claimed = (await db.Database.SqlQuery<Guid>($"""
                INSERT INTO inbox_messages (event_id, consumer, processed_at)
                SELECT event_id, consumer, {_time.Now()} FROM unnest({eventIds}, {consumers}) AS claim(event_id, consumer)
                ON CONFLICT DO NOTHING
                RETURNING event_id AS "Value"
                """).ToListAsync(ct)).ToHashSet();

            var handled = new bool[round.Count];
            // OrderBy is stable: clinic by clinic, and each clinic's events in the order they arrived.
            foreach (var i in Enumerable.Range(0, round.Count).OrderBy(i => round[i].Message.ClinicId))
            {
                // Removed once claimed: the same event twice in one round (a redelivery racing the first) runs once.
                if (claimed.Remove(round[i].Message.EventId))
                {
                    await round[i].Run(scope.ServiceProvider, ct);
                    handled[i] = true;
                }
            }

            return handled;
        }, CancellationToken.None);
        for (var i = 0; i < round.Count; i++)
        {
            round[i].Done.TrySetResult(results[i]);
        }
    }

    /// <summary>Runs the event's handlers as its clinic and saves their changes (outbox rows included), then forgets them.</summary>
    private async Task RunHandlersAsync<TEvent>(IServiceProvider services, TEvent message, CancellationToken ct)
        where TEvent : IntegrationEvent
    {
        var db = services.GetRequiredService<TDbContext>();
        services.GetRequiredService<ITenantContext>().Use(message.ClinicId);
        // Every line the handlers log names the clinic and the event (the trace id comes with OpenTelemetry's logging).
        using var logScope = _logger.BeginScope(new Dictionary<string, object>
        {
            ["ClinicId"] = message.ClinicId,
            ["EventId"] = message.EventId,
            ["EventType"] = typeof(TEvent).Name,
        });
        foreach (var handler in services.GetServices<IEventHandler<TEvent>>())
        {
            await handler.HandleAsync(message, ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>One clinic partition's events waiting for a round, and whether a round is running.</summary>
    private sealed class Partition
    {
        public List<Waiting> Waiting { get; } = [];

        public bool Running { get; set; }
    }

    /// <param name="EventType">The type its consumer takes (names the consumer in the inbox).</param>
    /// <param name="Run">Runs the event's handlers in the scope of a round.</param>
    /// <param name="Cause">The trace context of the message's delivery, which the work on it joins or links to.</param>
    private sealed record Waiting(IntegrationEvent Message, Type EventType,
        Func<IServiceProvider, CancellationToken, Task> Run, ActivityContext? Cause, TaskCompletionSource<bool> Done);
}
