using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

public sealed class ConflictException(string detail)
    : ProblemException(StatusCodes.Status409Conflict, "Conflict", detail);
