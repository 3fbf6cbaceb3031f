using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Infrastructure.Http;
using ClinicOps.Messaging;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>
/// Billing under test: its own database, the shared broker, a shiftable clock and captured warnings; its scheduling
/// and identity clients reach the real services in-process (through their test servers' handlers, counting the calls).
/// </summary>
public sealed class BillingFactory(SchedulingFactory scheduling, IdentityFactory identity) : ServiceFactory<BillingDbContext>("billing")
{
    public TestClock Clock { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>What billing asked other services.</summary>
    public RequestLog Upstream { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(SchedulingClient.ConfigurationKey, "http://scheduling.test");
        builder.UseSetting(IdentityClient.ConfigurationKey, "http://identity.test");
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddHttpClient<SchedulingClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new CountingHandler(Upstream, scheduling.Server.CreateHandler()));
        services.AddHttpClient<IdentityClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new CountingHandler(Upstream, identity.Server.CreateHandler()));
    }
}
