using System.Globalization;
using System.Net.Http.Json;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>
/// The identity service against a fresh database, with a low bcrypt cost so the suite stays fast (5, one above
/// bcrypt's minimum, so a test can show that older, cheaper hashes are upgraded at login).
/// </summary>
public sealed class IdentityFactory() : ServiceFactory<Program>("identity")
{
    public const int BcryptWorkFactor = 5;

    public CapturedLogs Logs { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // Start the host and pay for the cold path (migrations, EF model, JIT) here rather than in the first test:
        // on a busy machine a cold first request can pass the service's 10 s request deadline.
        using var client = CreateClient();
        await client.GetAsync("/health");
        await client.PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail("warm-up")));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:BcryptWorkFactor", BcryptWorkFactor.ToString(CultureInfo.InvariantCulture));
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Logs);
}
