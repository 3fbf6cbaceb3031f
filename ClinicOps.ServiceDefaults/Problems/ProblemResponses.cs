using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.ServiceDefaults.Problems;

public static class ProblemResponses
{
    /// <summary>
    /// Every error is ProblemDetails with the request's trace id; exceptions go through one handler; a body that
    /// cannot be bound throws (instead of an empty 400) so the handler can say what was wrong.
    /// </summary>
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddSingleton<IDeveloperPageExceptionFilter, NoDeveloperExceptionPage>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ConstraintMessages>(_ => { });
        return builder;
    }

    /// <summary>
    /// Errors that have no body of their own (404 for an unknown path, 405 for a wrong method) are answered as
    /// ProblemDetails too; the framework's own status-code page falls back to plain text when Accept admits no JSON.
    /// </summary>
    public static Task WriteStatusCodeProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var reason = ReasonPhrases.GetReasonPhrase(status);
        return ProblemWriter.WriteAsync(http, status, reason,
            status == StatusCodes.Status404NotFound ? $"There is nothing at '{http.Request.Path}'." : $"{reason}.").AsTask();
    }
}
