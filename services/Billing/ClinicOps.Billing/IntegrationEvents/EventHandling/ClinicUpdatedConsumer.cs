using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.IntegrationEvents.EventHandling;

public sealed class ClinicUpdatedConsumer(BillingDbContext db, ITenantContext tenant, ClinicReplica replica)
    : IdempotentConsumer<ClinicUpdated, BillingDbContext>(db, tenant)
{
    protected override Task HandleAsync(ClinicUpdated message, CancellationToken ct) =>
        replica.ApplyAsync(message.Currency, message.OccurredAt, ct);
}
