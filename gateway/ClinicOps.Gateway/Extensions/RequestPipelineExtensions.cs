using System.Diagnostics;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Gateway.Extensions;

public static class RequestPipelineExtensions
{
    /// <summary>
    /// Every answer names its trace id in X-Request-Id, so a receptionist's complaint leads the on-call engineer to
    /// the trace in the dashboard. The trace itself flows to the services through traceparent.
    /// </summary>
    public static WebApplication UseRequestId(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.Headers["X-Request-Id"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            return next(context);
        });
        return app;
    }

    /// <summary>Refuses bodies over 1 MB with 413 ProblemDetails before anything is forwarded.</summary>
    public static WebApplication UseBodySizeLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > Microsoft.Extensions.Hosting.Extensions.MaxRequestBodyBytes)
            {
                // The body is left unread, so this connection cannot carry another request: say so. Without it the
                // client may reuse the connection while the server resets it, and its next request fails.
                context.Response.Headers.Connection = "close";
                await ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload too large",
                    $"Request bodies are limited to {Microsoft.Extensions.Hosting.Extensions.MaxRequestBodyBytes / 1024} KB.");
                return;
            }

            await next(context);
        });
        return app;
    }
}
