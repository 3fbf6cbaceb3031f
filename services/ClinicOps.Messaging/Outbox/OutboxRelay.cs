using System.Diagnostics;
using System.Text.Json;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// Publishes committed outbox rows of <typeparamref name="TDbContext"/>. Each batch is claimed with
/// FOR UPDATE SKIP LOCKED (several replicas never send the same row at once), published with publisher confirms,
/// and a row is marked sent only after the broker confirmed it. When the broker is down a row records the error
/// and waits with exponential backoff; the relay itself keeps running, so nothing is lost. A row that fails
/// <see cref="MessagingOptions.MaxPublishAttempts"/> times (an unreadable row, a broker refusing it) is marked dead and
/// left for an operator: /health reports it as degraded. Failures while the bus is unhealthy (broker away) never kill a row.
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    MessagingOptions options,
    MessagingMetrics metrics,
    TimeProvider time,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                full = await RelayBatchAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down or not migrated yet: try again at the next poll.
                logger.LogWarning(e, "Outbox relay for {DbContext} failed; retrying", typeof(TDbContext).Name);
            }

            if (!full)
            {
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch; true when the batch was full and more rows may be waiting.</summary>
    private async Task<bool> RelayBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = time.Now();
            var batch = await db.Set<OutboxMessage>()
                .FromSql($"""
                    SELECT * FROM outbox_messages
                    WHERE sent_at IS NULL AND dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                    ORDER BY occurred_at
                    LIMIT {options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);

            // The whole batch is in flight at once and the broker confirms rows as they land: waiting for each confirm
            // in turn capped a relay at about 50 events a second (the benchmark's booking figure left thousands of
            // events behind). Consumers never rely on the order of delivery (each event type has its own queue and
            // events carry versions). Every publish is bounded by its deadline, so when the broker goes down
            // mid-batch each row fails within PublishTimeout, records its error and waits for its backoff.
            await Task.WhenAll(batch.Select(message => TryPublishAsync(message, ct)));

            await db.SaveChangesAsync(ct);
            return batch.Count == options.BatchSize;
        }, stoppingToken);
    }

    /// <summary>Publishes one row, marking it sent once the broker confirmed it, or failed with its error.</summary>
    private async Task TryPublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        IntegrationEvent integrationEvent;
        try
        {
            integrationEvent = message.ToEvent();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or NotSupportedException)
        {
            // A row that cannot be read is this row's problem, not the broker's: record it and go on with the batch.
            Fail(message, e.Message, canDie: true);
            return;
        }

        // Under the context of the transaction that wrote the row: MassTransit's send span and the headers it sends
        // continue that trace, so every consumer's span joins the request (or event) that caused the event.
        using var activity = MessagingActivities.StartFor($"outbox publish {integrationEvent.GetType().Name}",
            ActivityKind.Internal, message.TraceContext());
        activity?.SetTag("messaging.message.id", message.Id);

        // Publish can wait for minutes while the broker is unreachable: give every publish its own deadline.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(options.PublishTimeout);
        try
        {
            // WaitAsync as well as the token: a publish caught in the bus's reconnection may not honour the token.
            await bus.Publish(integrationEvent, integrationEvent.GetType(),
                    Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), deadline.Token)
                .WaitAsync(options.PublishTimeout, stoppingToken);
            message.MarkSent(time.Now());
            metrics.Published(message.Type);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // While the bus is not healthy the broker is away: that is no fault of the row, which must then wait for it
            // however long the outage lasts rather than die (writes succeed during an outage and lose nothing).
            Fail(message, e is OperationCanceledException or TimeoutException
                ? $"Not confirmed within {options.PublishTimeout.TotalSeconds:0} s." : e.Message,
                canDie: bus.CheckHealth().Status == BusHealthStatus.Healthy);
        }
    }

    private void Fail(OutboxMessage message, string error, bool canDie)
    {
        message.MarkFailed(error, time.Now(), options.MaxBackoff, canDie ? options.MaxPublishAttempts : int.MaxValue);
        metrics.PublishFailed(message.Type);
        if (message.DeadAt is not null)
        {
            metrics.Dead(message.Type);
            logger.LogError("Publishing {EventType} {EventId} failed {Attempts} times; the row is dead and no longer tried: {Error}",
                message.Type, message.Id, message.Attempts, error);
            return;
        }

        logger.LogWarning("Publishing {EventType} {EventId} failed (attempt {Attempts}): {Error}",
            message.Type, message.Id, message.Attempts, error);
    }
}
