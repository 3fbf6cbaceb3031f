using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class PatientUpdatedConsumer(RemindersDbContext db, ITenantContext tenant, ReplicaService replicas)
    : IdempotentConsumer<PatientUpdated, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(PatientUpdated message, CancellationToken ct) =>
        replicas.ApplyPatientAsync(message.PatientId, message.Name, message.Phone, message.Email, message.OccurredAt, ct);
}
