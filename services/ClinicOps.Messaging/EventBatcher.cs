using System.Diagnostics;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// Handles the events of one type that arrive together in one transaction, with one inbox insert, where the service
/// used to spend a transaction, an inbox insert and a commit's disk flush on each (the benchmark's read model fell
/// minutes behind a steady load that way). Nothing waits to fill a batch: the first event starts a round at once, and
/// what arrives while a round runs makes the next one, so a quiet service handles each event as soon as it comes and a
/// busy one in batches of up to <see cref="MessagingOptions.ConsumeBatchSize"/>.
/// </summary>
/// <remarks>
/// Every event is still handled as on its own: its handlers run with its clinic in the tenant context, their changes are
/// saved and forgotten before the next event's handlers run, and a redelivered event finds its inbox row and changes
/// nothing. If anything in a round fails, the round rolls back and its events are handled again one by one, each in a
/// transaction of its own, so one event that cannot be handled fails (and is retried, then moved to the _error queue)
/// alone. Events are handled clinic by clinic: a handler that locks its clinic (analytics' read model) then takes its
/// locks in the same order in every round, and two rounds never wait for each other's locks.
/// </remarks>
public sealed class EventBatcher<TDbContext, TEvent>(
    IServiceScopeFactory scopes,
    ConsumerSlots slots,
    MessagingOptions options,
    MessagingMetrics metrics,
    TimeProvider time,
    ILogger<EventBatcher<TDbContext, TEvent>> logger)
    where TDbContext : DbContext
    where TEvent : IntegrationEvent
{
    private readonly Lock _gate = new();
    private readonly List<Waiting> _waiting = [];
    private bool _running;

    /// <summary>Handles <paramref name="message"/> in the next round; false when it had been handled before.</summary>
    public Task<bool> HandleAsync(TEvent message, CancellationToken ct)
    {
        var waiting = new Waiting(message, Activity.Current?.Context, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _waiting.Add(waiting);
            if (!_running)
            {
                _running = true;
                // "Unsafe": without this caller's execution context. The rounds belong to no single message, so they must
                // not run in (and add their spans to) the trace of the message that happened to start them.
                ThreadPool.UnsafeQueueUserWorkItem(static batcher => _ = batcher.RunRoundsAsync(), this, preferLocal: false);
            }
        }

        return waiting.Done.Task.WaitAsync(ct);
    }

    private async Task RunRoundsAsync()
    {
        while (true)
        {
            List<Waiting> round;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }

                var count = Math.Min(_waiting.Count, options.ConsumeBatchSize);
                round = _waiting[..count];
                _waiting.RemoveRange(0, count);
            }

            await RunRoundAsync(round);
        }
    }

    private async Task RunRoundAsync(List<Waiting> round)
    {
        try
        {
            using var slot = await slots.EnterAsync(CancellationToken.None);
            metrics.ConsumedTogether(typeof(TEvent).FullName!, round.Count);
            if (round.Count == 1)
            {
                await HandleAloneAsync(round[0]);
                return;
            }

            // One span for the round, linked to the trace of every event in it.
            using var activity = MessagingActivities.Source.StartActivity($"consume {typeof(TEvent).Name} batch",
                ActivityKind.Internal, parentContext: default,
                links: round.Where(w => w.Cause is not null).Select(w => new ActivityLink(w.Cause!.Value)));
            activity?.SetTag("messaging.batch.message_count", round.Count);
            bool[] handled;
            try
            {
                handled = await HandleTogetherAsync(round);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Handling {Count} {EventType} events together failed; handling them one by one",
                    round.Count, typeof(TEvent).Name);
                foreach (var waiting in round)
                {
                    await HandleAloneAsync(waiting);
                }

                return;
            }

            for (var i = 0; i < round.Count; i++)
            {
                round[i].Done.TrySetResult(handled[i]);
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
        using var activity = MessagingActivities.StartFor($"consume {typeof(TEvent).Name}", ActivityKind.Internal, waiting.Cause);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var handled = await db.InTransactionAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                // Claimed in one round trip: a redelivery finds the key and inserts nothing, and a concurrent duplicate
                // waits on the key until this transaction ends (then inserts nothing, or claims it after a rollback).
                var claimed = await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO inbox_messages (event_id, consumer, processed_at)
                    VALUES ({waiting.Message.EventId}, {EventConsumer<TDbContext, TEvent>.InboxName}, {time.Now()})
                    ON CONFLICT DO NOTHING
                    """, ct);
                if (claimed == 0)
                {
                    return false;
                }

                await RunHandlersAsync(scope.ServiceProvider, db, waiting.Message, ct);
                return true;
            }, CancellationToken.None);
            waiting.Done.TrySetResult(handled);
        }
        catch (Exception e)
        {
            waiting.Done.TrySetException(e);
        }
    }

    /// <summary>The whole round in one transaction; for each event, whether it was handled now (false: before).</summary>
    private async Task<bool[]> HandleTogetherAsync(List<Waiting> round)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var eventIds = round.Select(w => w.Message.EventId).Distinct().ToArray();
            var claimed = (await db.Database.SqlQuery<Guid>($"""
                INSERT INTO inbox_messages (event_id, consumer, processed_at)
                SELECT event_id, {EventConsumer<TDbContext, TEvent>.InboxName}, {time.Now()} FROM unnest({eventIds}) AS claim(event_id)
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
                    await RunHandlersAsync(scope.ServiceProvider, db, round[i].Message, ct);
                    handled[i] = true;
                }
            }

            return handled;
        }, CancellationToken.None);
    }

    /// <summary>Runs the event's handlers as its clinic and saves their changes (outbox rows included), then forgets them.</summary>
    private async Task RunHandlersAsync(IServiceProvider services, TDbContext db, TEvent message, CancellationToken ct)
    {
        services.GetRequiredService<ITenantContext>().Use(message.ClinicId);
        // Every line the handlers log names the clinic and the event (the trace id comes with OpenTelemetry's logging).
        using var logScope = logger.BeginScope(new Dictionary<string, object>
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

    /// <param name="Cause">The trace context of the message's delivery, which the work on it joins or links to.</param>
    private sealed record Waiting(TEvent Message, ActivityContext? Cause, TaskCompletionSource<bool> Done);
}
