using ClinicOps.Analytics.Services;

namespace ClinicOps.Analytics.Apis;

public sealed record AuditApiServices(AuditQueries Queries, CancellationToken CancellationToken);
