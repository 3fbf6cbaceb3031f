using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.IntegrationEvents.EventHandling;

/// <summary>A staff user left the clinic: no doctor can be linked to it any more.</summary>
public sealed class UserRemovedConsumer(SchedulingDbContext db, ITenantContext tenant, ReplicaUpdater replica)
    : IdempotentConsumer<UserRemoved, SchedulingDbContext>(db, tenant)
{
    protected override Task HandleAsync(UserRemoved message, CancellationToken ct) =>
        replica.RemoveUserAsync(message.UserId, message.OccurredAt, ct);
}
