using ClinicOps.Contracts.Billing;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.IntegrationEvents.EventHandling;

/// <summary>Billing recorded a payment for an appointment: from now on the appointment cannot be deleted.</summary>
public sealed class PaymentRecordedConsumer(SchedulingDbContext db, ITenantContext tenant, ReplicaUpdater replica)
    : IdempotentConsumer<PaymentRecorded, SchedulingDbContext>(db, tenant)
{
    protected override Task HandleAsync(PaymentRecorded message, CancellationToken ct) =>
        replica.RecordPaymentAsync(message.PaymentId, message.AppointmentId, message.OccurredAt, ct);
}
