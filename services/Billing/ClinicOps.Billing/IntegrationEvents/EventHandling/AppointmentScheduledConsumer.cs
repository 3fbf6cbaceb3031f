using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.IntegrationEvents.EventHandling;

public sealed class AppointmentScheduledConsumer(BillingDbContext db, ITenantContext tenant, AppointmentReplica replica)
    : IdempotentConsumer<AppointmentScheduled, BillingDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentScheduled message, CancellationToken ct) => replica.ApplyAsync(message, ct);
}
