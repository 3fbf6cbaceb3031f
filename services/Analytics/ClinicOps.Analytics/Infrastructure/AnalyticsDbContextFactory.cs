using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Analytics.Infrastructure;

internal sealed class AnalyticsDbContextFactory : ServiceDbContextFactory<AnalyticsDbContext>;
