using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// The consumer of every service, one per event type it handles (see <see cref="ConsumedEvents{TDbContext}"/>): hands
/// the event to the service's handlers for it, in the order they were registered, at most once. In one transaction it
/// records the event in the inbox, runs the handlers and saves their changes (including any outbox rows they add); a
/// redelivered event finds its inbox row and changes nothing. The event type comes last because MassTransit names a
/// generic consumer's queue after its last type argument: "billing-appointment-scheduled".
/// </summary>
public sealed class EventConsumer<TDbContext, TEvent>(TDbContext db, ITenantContext tenant, IEnumerable<IEventHandler<TEvent>> handlers,
    ILogger<EventConsumer<TDbContext, TEvent>> logger)
    : IConsumer<TEvent>
    where TDbContext : DbContext
    where TEvent : IntegrationEvent
{
    /// <summary>The consumer's name in the inbox: a service has one consumer per event type.</summary>
    public static readonly string InboxName = typeof(TEvent).FullName!;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        // MassTransit puts the message scope's services in the context.
        context.TryGetPayload<IServiceProvider>(out var services);
        var time = services?.GetService<TimeProvider>() ?? TimeProvider.System;
        tenant.Use(message.ClinicId);
        // Every line the handlers log names the clinic and the event (the trace id comes with OpenTelemetry's logging).
        using var logScope = logger.BeginScope(new Dictionary<string, object>
        {
            ["ClinicId"] = message.ClinicId,
            ["EventId"] = message.EventId,
            ["EventType"] = typeof(TEvent).Name,
        });
        using var slot = services?.GetService<ConsumerSlots>() is { } slots ? await slots.EnterAsync(context.CancellationToken) : null;

        var metrics = services?.GetService<MessagingMetrics>();
        bool handled;
        try
        {
            handled = await HandleOnceAsync(message, time, context.CancellationToken);
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // Counted per attempt: MassTransit retries the message, then moves it to the _error queue.
            metrics?.ConsumeFailed(message.GetType().FullName!);
            throw;
        }

        if (handled)
        {
            metrics?.Consumed(message.GetType().FullName!, time.Now() - message.OccurredAt);
        }
    }

    /// <summary>Claims the event in the inbox and runs the handlers in one transaction; false when it was handled before.</summary>
    private Task<bool> HandleOnceAsync(TEvent message, TimeProvider time, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // Claim the event in one round trip: a redelivery finds the key and inserts nothing, and a concurrent
            // duplicate waits on the key until this transaction ends (then inserts nothing, or claims it after a rollback).
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO inbox_messages (event_id, consumer, processed_at)
                VALUES ({message.EventId}, {InboxName}, {time.Now()})
                ON CONFLICT DO NOTHING
                """, ct);
            if (claimed == 0)
            {
                return false;
            }

            foreach (var handler in handlers)
            {
                await handler.HandleAsync(message, ct);
            }

            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
}
