using ClinicOps.Identity.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Operations;

/// <summary>The sign-up identity rehearses before it listens, so the first real one is fast, leaves no trace.</summary>
[Collection(IdentityCollection.Name)]
public sealed class StartupRehearsalTests(IdentityFactory factory)
{
    [Fact]
    public async Task The_start_up_rehearsal_leaves_no_clinic_user_event_or_audit_line_behind()
    {
        _ = factory.CreateClient(); // the service has started, rehearsal included

        Assert.Empty(await factory.QueryAsync<string>("SELECT name FROM clinics WHERE name = 'Warm-up Clinic'"));
        Assert.Empty(await factory.QueryAsync<string>("SELECT email FROM users WHERE email LIKE 'warm-up-%'"));
        Assert.Empty(await factory.QueryAsync<string>("SELECT type FROM outbox_messages WHERE payload::text LIKE '%Warm-up Clinic%'"));
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Message.Contains("warm-up-", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Level >= LogLevel.Warning && entry.Category.EndsWith("StartupWarmUp", StringComparison.Ordinal));
    }
}
