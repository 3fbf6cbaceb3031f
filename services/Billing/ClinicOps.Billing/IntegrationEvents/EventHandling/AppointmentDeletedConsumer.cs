using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.IntegrationEvents.EventHandling;

public sealed class AppointmentDeletedConsumer(BillingDbContext db, ITenantContext tenant, AppointmentReplica replica)
    : IdempotentConsumer<AppointmentDeleted, BillingDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentDeleted message, CancellationToken ct) => replica.ApplyAsync(message, ct);
}
