using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.IntegrationEvents.EventHandling;

/// <summary>A new clinic: its time zone gives the country for phone numbers, "today" and the wall clock of working hours.</summary>
public sealed class ClinicRegisteredConsumer(SchedulingDbContext db, ITenantContext tenant, ReplicaUpdater replica)
    : IdempotentConsumer<ClinicRegistered, SchedulingDbContext>(db, tenant)
{
    protected override Task HandleAsync(ClinicRegistered message, CancellationToken ct) =>
        replica.ApplyClinicAsync(message.Name, message.TimeZone, message.SlotStepMinutes, message.OccurredAt, ct);
}
