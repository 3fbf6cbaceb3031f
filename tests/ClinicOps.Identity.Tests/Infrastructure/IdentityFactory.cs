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
    public CapturedLogs Logs { get; } = new();

    public const int BcryptWorkFactor = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:BcryptWorkFactor", BcryptWorkFactor.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Logs);
}
