using ClinicOps.Analytics.Services;

namespace ClinicOps.Analytics.Apis;

/// <summary>What the dashboard and report handlers need, bound with [AsParameters].</summary>
public sealed record DashboardServices(
    DashboardQueries Dashboard,
    RevenueReports Revenue,
    HttpContext Context,
    CancellationToken CancellationToken);
