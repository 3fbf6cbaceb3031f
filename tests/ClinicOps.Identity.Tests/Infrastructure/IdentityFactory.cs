using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>The identity service against a fresh database, with a low bcrypt cost so the suite stays fast.</summary>
public sealed class IdentityFactory() : ServiceFactory<Program>("identity")
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:BcryptWorkFactor", "4");
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Logs);
}
