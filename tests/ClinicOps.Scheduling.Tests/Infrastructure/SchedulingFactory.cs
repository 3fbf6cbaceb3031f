using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>The scheduling service in memory against real PostgreSQL and RabbitMQ; one per test collection.</summary>
public class SchedulingFactory() : ServiceFactory<Program>("scheduling")
{
    /// <summary>What identity answers scheduling about users and clinics its replicas do not hold yet.</summary>
    public IdentityApi Identity { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Identity.AnswerFor(builder);
    }

    /// <summary>
    /// A fresh clinic (the tenant model keeps tests apart) with a client holding an owner's token. With a time
    /// zone, the ClinicRegistered replica row is seeded as if identity's event had arrived.
    /// </summary>
    public async Task<TestClinic> NewClinicAsync(string? timeZone = "Europe/Berlin", int slotStepMinutes = 15)
    {
        var clinicId = Guid.CreateVersion7();
        if (timeZone is not null)
        {
            await InClinicAsync(clinicId, async db =>
            {
                await new ClinicReplica<SchedulingDbContext, Clinic>(db).HandleAsync(new ClinicRegistered
                {
                    ClinicId = clinicId, OccurredAt = DateTimeOffset.UtcNow, Name = "Test clinic", TimeZone = timeZone,
                    Currency = "EUR", SlotStepMinutes = slotStepMinutes,
                }, CancellationToken.None);
                await db.SaveChangesAsync();
            });
        }

        return new TestClinic(clinicId, CreateClientFor(clinicId));
    }

    /// <summary>Runs <paramref name="action"/> with a DbContext scoped to <paramref name="clinicId"/> (arrange / assert).</summary>
    public Task InClinicAsync(Guid clinicId, Func<SchedulingDbContext, Task> action) =>
        QueryAsync(clinicId, async db =>
        {
            await action(db);
            return true;
        });

    /// <summary>Reads through a DbContext scoped to <paramref name="clinicId"/>.</summary>
    public async Task<T> QueryAsync<T>(Guid clinicId, Func<SchedulingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        return await query(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }
}
