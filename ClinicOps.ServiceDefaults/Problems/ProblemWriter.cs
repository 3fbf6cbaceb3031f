using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>
/// Writes RFC 9457 problem responses whatever the request's Accept header says. The registered IProblemDetailsService
/// writes them when it can; it refuses a request that admits no JSON (Accept: text/csv, text/html, image/png), and
/// then the problem is written as application/problem+json all the same: an error answer must never itself fail.
/// </summary>
public static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static async ValueTask WriteAsync(HttpContext context, int status, string title, string detail,
        int? retryAfterSeconds = null, IDictionary<string, string[]>? errors = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        ProblemDetails problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;

        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        if (problems is null || !await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await WriteJsonAsync(context, problem);
        }
    }

    /// <summary>The problem as JSON, with the trace id and instance the registered writer would have added.</summary>
    private static Task WriteJsonAsync(HttpContext context, ProblemDetails problem)
    {
        problem.Instance ??= context.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var options = context.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), options, ContentType, context.RequestAborted);
    }
}
