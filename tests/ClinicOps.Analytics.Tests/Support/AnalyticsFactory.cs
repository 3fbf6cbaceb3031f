using ClinicOps.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Analytics.Tests.Support;

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
        var deadline = DateTime.UtcNow + ReadyLimit;
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The analytics bus was not ready within {ReadyLimit.TotalSeconds:0} s: {bus.CheckHealth().Description}");
            }

            await Task.Delay(100);
        }
    }
}
