using ClinicOps.Gateway.Readiness;
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

    /// <summary>A friendly 404 ProblemDetails for any path no route claims (anonymous, so it is not a 401).</summary>
    public static WebApplication MapUnknownPathFallback(this WebApplication app)
    {
        app.MapFallback(static (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"There is no API at '{context.Request.Path}'. See /api-reference for the routes."))
            .AllowAnonymous();
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
}
