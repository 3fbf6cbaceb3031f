using System.Net;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class IdempotencyKeyCleanupTests(BillingApp app)
{
    [Fact]
    public async Task The_periodic_cleanup_deletes_keys_once_they_are_older_than_24_hours()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        using var created = await app.ClientFor(clinicId).PostPaymentAsync(booked.AppointmentId, new { amount = 9m, method = "cash" }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // Hourly ticks every few milliseconds; the keys' clock is a day and a bit ahead.
        var cleanup = new IdempotencyKeyCleanup(app.Billing.Services.GetRequiredService<IServiceScopeFactory>(),
            new FastTimers(IdempotencyKeyCleanup.Period / TimeSpan.FromMilliseconds(20)), NullLogger<IdempotencyKeyCleanup>.Instance);
        app.Billing.Clock.Offset = TimeSpan.FromHours(25);
        try
        {
            await cleanup.StartAsync(CancellationToken.None);

            await Eventually.UntilAsync(async () => await KeyCountAsync(clinicId) == 0, "the cleanup to purge the expired key",
                TimeSpan.FromSeconds(10));
        }
        finally
        {
            await cleanup.StopAsync(CancellationToken.None);
            cleanup.Dispose();
            app.Billing.Clock.Offset = TimeSpan.Zero;
        }
    }

    private async Task<int> KeyCountAsync(Guid clinicId)
    {
        await using var scope = app.Billing.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().IdempotencyKeys.CountAsync();
    }
}
