using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.IntegrationEvents.EventHandling;

public sealed class AppointmentMarkedNoShowConsumer(BillingDbContext db, ITenantContext tenant, AppointmentReplica replica)
    : IdempotentConsumer<AppointmentMarkedNoShow, BillingDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentMarkedNoShow message, CancellationToken ct) => replica.ApplyAsync(message, ct);
}
