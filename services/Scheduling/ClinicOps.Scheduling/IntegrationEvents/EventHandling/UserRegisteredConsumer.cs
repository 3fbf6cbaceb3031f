using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.IntegrationEvents.EventHandling;

/// <summary>A staff user joined the clinic: a doctor may now be linked to it.</summary>
public sealed class UserRegisteredConsumer(SchedulingDbContext db, ITenantContext tenant, ReplicaUpdater replica)
    : IdempotentConsumer<UserRegistered, SchedulingDbContext>(db, tenant)
{
    protected override Task HandleAsync(UserRegistered message, CancellationToken ct) =>
        replica.RegisterUserAsync(message.UserId, message.Name, message.Role, message.OccurredAt, ct);
}
