using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>
/// WebApplication puts the developer exception page in front of every Development pipeline, and it cannot be taken
/// out; it shows an exception's stack trace to whoever made the request. This filter answers in its place with the
/// same 500 ProblemDetails as every other environment, so no environment ever shows a stack trace.
/// </summary>
internal sealed class NoDeveloperExceptionPage : IDeveloperPageExceptionFilter
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next) =>
        await ProblemWriter.WriteAsync(errorContext.HttpContext, StatusCodes.Status500InternalServerError, "Unexpected error",
            "Something went wrong on our side. It has been logged; please try again.");
}
