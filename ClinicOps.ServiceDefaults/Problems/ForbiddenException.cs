using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>403 — the caller's current role does not allow the action, whatever their token says.</summary>
public sealed class ForbiddenException(string detail)
    : ProblemException(StatusCodes.Status403Forbidden, "Forbidden", detail);
