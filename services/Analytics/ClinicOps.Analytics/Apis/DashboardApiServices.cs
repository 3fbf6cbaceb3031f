using ClinicOps.Analytics.Services;

namespace ClinicOps.Analytics.Apis;

public sealed record DashboardApiServices(DashboardQueries Dashboard, CancellationToken CancellationToken);
