using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>404 — also for another clinic's record, which must look exactly like a missing one.</summary>
public sealed class NotFoundException(string resource)
    : ProblemException(StatusCodes.Status404NotFound, "Not found", $"{resource} not found.");
