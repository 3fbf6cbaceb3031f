using System.Reflection;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Identity.Apis;

/// <summary>429 ProblemDetails with Retry-After (whole seconds, rounded up) for a locked-out login.</summary>
public sealed class TooManyAttemptsResult(TimeSpan retryAfter) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status429TooManyRequests;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public Task ExecuteAsync(HttpContext httpContext) =>
        ProblemWriter.WriteAsync(httpContext, StatusCode, "Too many attempts",
            "Too many failed sign-in attempts for this email; wait before trying again.", RetryAfterSeconds).AsTask();

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]));
}
