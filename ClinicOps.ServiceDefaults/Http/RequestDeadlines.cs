using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>No request hangs: each gets a deadline and answers 503 ProblemDetails when it passes.</summary>
public static class RequestDeadlines
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddRequestDeadlines(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRequestTimeouts(options =>
        {
            options.DefaultPolicy = new()
            {
                Timeout = Default,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => ProblemWriter.WriteAsync(
                    context, StatusCodes.Status503ServiceUnavailable, "Request timed out",
                    "The request took too long; please try again.", retryAfterSeconds: 5).AsTask(),
            };
        });
        return builder;
    }
}
