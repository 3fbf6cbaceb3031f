using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Telemetry;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every ClinicOps service (and the gateway) shares: telemetry, health, discovery, resilience,
/// ProblemDetails, deadlines, token validation and the tenant context.
/// </summary>
public static class Extensions
{
    private const string HealthPath = "/health";
    private const string AlivePath = "/alive";
    public const long MaxRequestBodyBytes = 1024 * 1024;
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // A bare LF must not end a header line: otherwise "Idempotency-Key: a\nX-Injected: b" smuggles a second header.
        AppContext.SetSwitch("Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators", true);
        builder.AddLogLevelDefaults();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        // No staff request needs more than 1 MB; larger bodies are refused with 413 before they are read.
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.AddProblemResponses();
        builder.AddRequestDeadlines();
        builder.AddClinicOpsAuthentication();
        builder.Services.AddTenantContext();
        builder.Services.AddClinicOpsOpenApi();
        return builder;
    }

    /// <summary>
    /// Log levels every service starts from, beneath appsettings.json and the environment (which still override them):
    /// a line per request or per SQL command costs more CPU than the request itself on a small machine — the benchmark
    /// found 1.4 million such lines in six minutes — and the traces already carry both.
    /// </summary>
    private static void AddLogLevelDefaults(this IHostApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
                ["Logging:LogLevel:Yarp"] = "Warning",
            },
        });

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("ClinicOps.*"))
            .WithTracing(tracing => tracing
                .SetSampler(QuietBackgroundSampler.Create())
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("ClinicOps.*")
                .AddSource("MassTransit")
                .AddSource("Npgsql")
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes every few seconds would drown the traces that matter.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthPath)
                        && !context.Request.Path.StartsWithSegments(AlivePath))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        // A check of a database that is down would otherwise wait out every connection retry (about a minute):
        // /health must say "unhealthy" promptly so the orchestrator and the on-call engineer see it.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan || r.Timeout > HealthCheckTimeout))
            {
                registration.Timeout = HealthCheckTimeout;
            }
        });
        return builder;
    }

    /// <summary>
    /// The shared middleware (in an order that lets the exception handler see every failure) and the
    /// operational endpoints: /health (ready: database and broker), /alive (live) and /openapi/v1.json.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ProblemResponses.WriteStatusCodeProblemAsync);
        // Before authentication: checking a token reads the user's access from the database, and that wait has a deadline too.
        app.UseRequestTimeouts();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ClinicLogScope>();

        app.MapHealthChecks(HealthPath).AllowAnonymous().DisableRequestTimeout();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous().DisableRequestTimeout();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
