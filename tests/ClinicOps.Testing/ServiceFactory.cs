using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClinicOps.Testing;

/// <summary>
/// One service under test, in memory, against the real test servers: a fresh database named after
/// <paramref name="connectionName"/>, the shared broker and the test token keys. Use one factory per test class
/// or collection and a fresh clinic per test — the tenant model keeps tests apart.
/// </summary>
public class ServiceFactory<TProgram>(string connectionName) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private static readonly TimeSpan DisposeLimit = TimeSpan.FromSeconds(30);

    public TestServers Servers { get; private set; } = null!;

    /// <summary>Every message the service's consumers have been through, to wait on instead of sleeping.</summary>
    public ConsumedMessages Consumed { get; } = new();

    /// <summary>The connection string of this factory's own database (for arranging or asserting through SQL/EF directly).</summary>
    public string DatabaseConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        Servers = await TestServers.GetAsync();
        DatabaseConnectionString = await Servers.CreateDatabaseAsync(connectionName);
    }

    /// <summary>An HttpClient that sends a valid bearer token for a user of <paramref name="clinicId"/>.</summary>
    public HttpClient CreateClientFor(Guid clinicId, string role = "owner", Guid? userId = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.Mint(clinicId, userId ?? Guid.CreateVersion7(), role));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (host configuration) is visible while Program builds its services, unlike
        // ConfigureAppConfiguration, which minimal hosting applies only afterwards.
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{connectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", Servers.RabbitMqConnectionString);
        // Queues of its own (read by ClinicOps.Messaging), so two factories of one service in this process — which
        // share the broker — never take each other's messages off a shared queue.
        builder.UseSetting("Messaging:QueuePrefix", $"{connectionName}-{Guid.NewGuid().ToString("N")[..8]}");
        builder.UseSetting("Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Jwt:Audience", TestTokens.Audience);
        builder.UseSetting("Jwt:PublicKey", TestTokens.PublicKeyPem);
        builder.UseSetting("Jwt:PrivateKey", TestTokens.PrivateKeyPem);
        // No collector listens in tests; exporters would only add noise and shutdown delay.
        builder.UseSetting("OTEL_SDK_DISABLED", "true");
        builder.ConfigureTestServices(services =>
        {
            // Registered before the bus starts, so no delivery is missed.
            services.AddConsumeObserver(_ => Consumed);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Replace services for a test class (e.g. a FakeTimeProvider for TimeProvider).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // Stopping the host stops the bus and background services; never let a stuck stop hang the test run.
        try
        {
            await DisposeAsync().AsTask().WaitAsync(DisposeLimit);
        }
        catch (TimeoutException)
        {
            await Console.Error.WriteLineAsync($"{GetType().Name}: the service did not stop within {DisposeLimit.TotalSeconds:0} s; abandoned.");
        }
    }
}
