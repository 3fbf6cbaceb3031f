using ClinicOps.Analytics.Services;

namespace ClinicOps.Analytics.Apis;

public sealed record ReportApiServices(RevenueReports Revenue, HttpContext Context, CancellationToken CancellationToken);
