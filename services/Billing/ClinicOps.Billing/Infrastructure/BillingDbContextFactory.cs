using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Billing.Infrastructure;

internal sealed class BillingDbContextFactory : ServiceDbContextFactory<BillingDbContext>;
