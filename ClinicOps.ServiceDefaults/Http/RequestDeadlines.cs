using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>No request hangs: each gets a deadline and answers 503 ProblemDetails when it passes.</summary>
public static class RequestDeadlines
{
    /// <summary>Configuration key of the deadline in seconds (10 by default; the gateway waits a little longer).</summary>
    public const string SecondsKey = "RequestTimeoutSeconds";

    public static IHostApplicationBuilder AddRequestDeadlines(this IHostApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue(SecondsKey, 10);
        builder.Services.AddRequestTimeouts(options =>
        {
            options.DefaultPolicy = new()
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => ProblemWriter.WriteAsync(
                    context, StatusCodes.Status503ServiceUnavailable, "Request timed out",
                    "The request took too long; please try again.", retryAfterSeconds: 5).AsTask(),
            };
        });
        return builder;
    }
}
