using ClinicOps.Identity.Infrastructure;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>The real identity service, in-process, on the same broker (signing with the test key billing trusts).</summary>
public sealed class IdentityFactory() : ServiceFactory<IdentityDbContext>("identity")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // bcrypt at its lowest cost: these tests sign up clinics, they do not measure password hashing.
        builder.UseSetting("Identity:BcryptWorkFactor", "4");
    }
}
