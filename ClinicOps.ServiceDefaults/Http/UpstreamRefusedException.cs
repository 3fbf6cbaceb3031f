using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>
/// 401 or 403 as another service said it about the caller's own forwarded token: identity announces an ended session or
/// a changed role to every service, and the one asked may have heard first. It is the caller's problem to solve (sign
/// in again), not an outage.
/// </summary>
public sealed class UpstreamRefusedException(int statusCode, string title, string detail)
    : ProblemException(statusCode, title, detail);
