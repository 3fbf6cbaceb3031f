using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>503 (with Retry-After): a service this one had to ask did not answer usefully.</summary>
public sealed class UpstreamUnavailableException(string service)
    : ProblemException(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
        $"The {service} service could not be reached; please try again shortly.");
