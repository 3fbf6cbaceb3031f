using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class ClinicRegisteredConsumer(RemindersDbContext db, ITenantContext tenant, ReplicaService replicas)
    : IdempotentConsumer<ClinicRegistered, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(ClinicRegistered message, CancellationToken ct) =>
        replicas.ApplyClinicAsync(message.ClinicId, message.Name, message.TimeZone, message.OccurredAt, ct);
}
