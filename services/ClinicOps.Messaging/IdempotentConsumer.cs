using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Messaging;

/// <summary>
/// Base of every consumer: handles each event at most once per consumer. In one transaction it records the event in
/// the inbox, runs <see cref="HandleAsync"/> and saves its changes (including any outbox rows it adds); a redelivered
/// event finds its inbox row and changes nothing. Derived classes modify tracked entities and never call SaveChanges.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TDbContext>(TDbContext db, ITenantContext tenant) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TDbContext : DbContext
{
    /// <summary>The scope's DbContext (the same instance other scoped services of this message get).</summary>
    protected TDbContext Db => db;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        var consumer = GetType().FullName!;
        // MassTransit puts the message scope's services in the context; the constructor stays (db, tenant) for consumers.
        context.TryGetPayload<IServiceProvider>(out var services);
        var time = services?.GetService<TimeProvider>() ?? TimeProvider.System;
        tenant.Use(message.ClinicId);
        using var slot = services?.GetService<ConsumerSlots>() is { } slots ? await slots.EnterAsync(context.CancellationToken) : null;

        var handled = await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // Claim the event in one round trip: a redelivery finds the key and inserts nothing, and a concurrent
            // duplicate waits on the key until this transaction ends (then inserts nothing, or claims it after a rollback).
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO inbox_messages (event_id, consumer, processed_at)
                VALUES ({message.EventId}, {consumer}, {time.Now()})
                ON CONFLICT DO NOTHING
                """, ct);
            if (claimed == 0)
            {
                return false;
            }

            await HandleAsync(message, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }, context.CancellationToken);

        if (handled)
        {
            services?.GetService<MessagingMetrics>()?.Consumed(message.GetType().FullName!, time.Now() - message.OccurredAt);
        }
    }

    /// <summary>Apply the event to tracked entities (and add follow-up events with db.AddIntegrationEvent). Do not save.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken ct);
}
