using System.Diagnostics;
using Microsoft.AspNetCore.Http;
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
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ConstraintMessages>(_ => { });
        return builder;
    }
}
