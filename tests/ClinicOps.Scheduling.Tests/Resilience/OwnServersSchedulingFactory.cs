using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;

namespace ClinicOps.Scheduling.Tests.Resilience;

/// <summary>
/// The scheduling service against servers of its own (<see cref="TestServers.StartNewAsync"/>), for tests that stop
/// and start them without disturbing the tests that share the process-wide servers. Everything else is set up as by
/// <see cref="ServiceFactory{TProgram}"/>; only the database and broker connection strings point elsewhere, and identity
/// is answered as for <see cref="SchedulingFactory"/>.
/// </summary>
public sealed class OwnServersSchedulingFactory(TestServers servers) : ServiceFactory<Program>("scheduling")
{
    /// <summary>This factory's database on <paramref name="servers"/>.</summary>
    public string OwnDatabaseConnectionString { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        OwnDatabaseConnectionString = await servers.CreateDatabaseAsync("scheduling");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:scheduling", OwnDatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", servers.RabbitMqConnectionString);
        // Its clinics are in no replica: scheduling asks identity about them, which here knows none of them (404).
        new IdentityApi().AnswerFor(builder);
    }
}
