using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>422 — a well-formed request that a business rule forbids, e.g. a status transition.</summary>
public sealed class RuleViolationException(string detail)
    : ProblemException(StatusCodes.Status422UnprocessableEntity, "Not allowed", detail);
