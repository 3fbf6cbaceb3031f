using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClinicOps.Gateway.Tests;

/// <summary>
/// The real gateway in memory, with every cluster pointed at an <see cref="EchoBackend"/>, the test token key, and
/// small rate limits so the limits can be reached in a test.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int AuthPerMinute = 5;
    public const int ClinicPerMinute = 8;
    /// <summary>The one proxy whose X-Forwarded-For the gateway believes in these tests.</summary>
    public const string TrustedProxy = "10.9.8.7";
    private static readonly string[] Clusters = ["identity", "scheduling", "billing", "reminders", "analytics", "web"];

    private EchoBackend? backend;

    public async Task InitializeAsync() => backend = await EchoBackend.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Jwt:Audience", TestTokens.Audience);
        builder.UseSetting("Jwt:PublicKey", TestTokens.PublicKeyPem);
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ClinicPerMinute", ClinicPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:TrustedProxies:0", TrustedProxy);
        builder.UseSetting("OTEL_SDK_DISABLED", "true");
        foreach (var cluster in Clusters)
        {
            builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address", backend!.Address.ToString());
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }
}
