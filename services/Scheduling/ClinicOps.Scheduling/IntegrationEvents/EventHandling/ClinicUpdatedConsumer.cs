using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.IntegrationEvents.EventHandling;

/// <summary>The clinic changed its name, time zone or slot step.</summary>
public sealed class ClinicUpdatedConsumer(SchedulingDbContext db, ITenantContext tenant, ReplicaUpdater replica)
    : IdempotentConsumer<ClinicUpdated, SchedulingDbContext>(db, tenant)
{
    protected override Task HandleAsync(ClinicUpdated message, CancellationToken ct) =>
        replica.ApplyClinicAsync(message.Name, message.TimeZone, message.SlotStepMinutes, message.OccurredAt, ct);
}
