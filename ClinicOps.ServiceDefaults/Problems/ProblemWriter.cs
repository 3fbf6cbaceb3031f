using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>Writes RFC 9457 problem responses through the registered IProblemDetailsService.</summary>
public static class ProblemWriter
{
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
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        ProblemDetails problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
