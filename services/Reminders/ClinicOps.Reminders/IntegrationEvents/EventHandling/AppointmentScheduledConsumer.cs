using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

/// <summary>A booking: its names and contacts refresh the replicas (it may arrive before PatientRegistered), then reminders follow.</summary>
public sealed class AppointmentScheduledConsumer(RemindersDbContext db, ITenantContext tenant, ReplicaService replicas,
    AutomaticReminders reminders) : IdempotentConsumer<AppointmentScheduled, RemindersDbContext>(db, tenant)
{
    protected override async Task HandleAsync(AppointmentScheduled message, CancellationToken ct)
    {
        await replicas.ApplyDoctorAsync(message.DoctorId, message.DoctorName, message.OccurredAt, ct);
        await replicas.ApplyPatientAsync(message.PatientId, message.PatientName, message.PatientPhone, message.PatientEmail,
            message.OccurredAt, ct);
        await reminders.ApplyAsync(message, ct);
    }
}
