using ClinicOps.Gateway.Readiness;
using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy.Transforms;

namespace ClinicOps.Gateway.Extensions;

public static class GatewayExtensions
{
    /// <summary>
    /// Headers a client could forge to pretend to be another clinic or user. The services take the clinic only
    /// from the validated token, but nothing downstream should ever see these.
    /// </summary>
    private static readonly string[] ForgeableHeaders = ["X-Clinic-Id", "X-Tenant-Id", "X-User-Id", "X-User-Role", "X-Forwarded-User"];

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddConfigFilter<ServiceHealthProbes>()
            .AddTransforms(context =>
            {
                foreach (var header in ForgeableHeaders)
                {
                    context.AddRequestHeaderRemove(header);
                }
            });

        builder.Services.AddHealthChecks().AddCheck<ServicesReadyHealthCheck>("services");
        builder.AddGatewayRateLimits();
        return builder;
    }

    /// <summary>
    /// A friendly 404 ProblemDetails for an API path no route claims (anonymous, so it is not a 401). Every other path
    /// goes to the staff web app, so the API's prefixes are claimed here explicitly: an unknown /api path must never
    /// reach the web app and come back as a page.
    /// </summary>
    public static WebApplication MapUnknownPathFallback(this WebApplication app)
    {
        app.Map("/api/{**rest}", UnknownPath).AllowAnonymous();
        app.Map("/openapi/{**rest}", UnknownPath).AllowAnonymous();
        app.MapFallback(UnknownPath).AllowAnonymous();
        return app;
    }

    /// <summary>The proxy with YARP's default steps, answering 503 + Retry-After for a service that is not ready.</summary>
    public static WebApplication MapServiceProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(UnavailableServiceAnswer.WriteIfUnavailableAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static ProblemHttpResult UnknownPath(HttpContext context) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: $"There is no API at '{context.Request.Path}'. See /api-reference for the routes.");
}
