using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Services;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>Delivers events to the service: through RabbitMQ (as producers do) or straight into a consumer's unit of work.</summary>
public sealed class EventFeed(AnalyticsFactory factory)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Publishes every event through the broker, then waits until each distinct event is in the event log.</summary>
    public async Task PublishAsync(IEnumerable<IntegrationEvent> events)
    {
        var list = events.ToList();
        var bus = factory.Services.GetRequiredService<IBus>();
        foreach (var evt in list)
        {
            await bus.Publish(evt, evt.GetType());
        }

        await WaitForAsync(list.Select(e => e.EventId).Distinct().ToList());
    }

    /// <summary>Publishes the events one at a time, each only after the previous was applied: a chosen delivery order.</summary>
    public async Task PublishInOrderAsync(IEnumerable<IntegrationEvent> events)
    {
        foreach (var evt in events)
        {
            await PublishAsync([evt]);
        }
    }

    /// <summary>What a consumer does with the event, without the broker and its inbox: the projection's own idempotence.</summary>
    public async Task FeedDirectAsync(IntegrationEvent evt)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(evt.ClinicId);
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        var recorder = scope.ServiceProvider.GetRequiredService<EventRecorder>();
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await recorder.HandleAsync(evt, ct);
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
    }

    public Task WaitForAsync(IReadOnlyCollection<Guid> eventIds) =>
        Eventually.GetAsync(() => InDatabaseAsync(db => db.EventLog.CountAsync(e => eventIds.Contains(e.EventId))),
            applied => applied == eventIds.Count, $"all {eventIds.Count} events to be applied (the number applied)", Limit);

    public async Task<T> InDatabaseAsync<T>(Func<AnalyticsDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>());
    }
}
