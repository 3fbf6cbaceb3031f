using ClinicOps.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>
/// The analytics service against the real test PostgreSQL and RabbitMQ. One per test run (a collection fixture):
/// two hosts on one broker would share the analytics queues and take each other's events.
/// </summary>
public sealed class AnalyticsFactory() : ServiceFactory<Program>("analytics")
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(60);

    public EventFeed Feed => new(this);

    public AnalyticsClient ClientFor(Guid clinicId) => new(CreateClientFor(clinicId));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Starting the host applies the migrations and starts the bus; publish only once every receive endpoint
        // is bound, or the first events would reach an exchange with no queue behind it.
        var bus = Services.GetRequiredService<IBusControl>();
        await Eventually.GetAsync(() => Task.FromResult(bus.CheckHealth()), health => health.Status == BusHealthStatus.Healthy,
            "the analytics bus to be ready", ReadyLimit);
    }
}
