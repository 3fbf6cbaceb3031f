using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

public sealed class PreconditionFailedException(string detail)
    : ProblemException(StatusCodes.Status412PreconditionFailed, "Precondition failed", detail);
