using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class DoctorUpdatedConsumer(RemindersDbContext db, ITenantContext tenant, ReplicaService replicas)
    : IdempotentConsumer<DoctorUpdated, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(DoctorUpdated message, CancellationToken ct) =>
        replicas.ApplyDoctorAsync(message.DoctorId, message.Name, message.OccurredAt, ct);
}
