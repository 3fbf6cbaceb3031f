using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using ClinicOps.Testing.Apps;
using ClinicOps.Testing.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The whole app (ClinicOps.AppHost) started in-process with Aspire.Hosting.Testing, timed from the start of its
/// model to the moment every resource reports healthy. Endpoints are given as 127.0.0.1 so the load stays on the
/// IPv4 loopback.
/// </summary>
public sealed class BenchApp(DistributedApplication app, string dataDirectory, TimeSpan coldStart,
    IReadOnlyList<(string Resource, TimeSpan After)> healthy) : IAsyncDisposable
{
    /// <summary>Gateway rate limits for the run: high enough never to reject the benchmark's own traffic.</summary>
    public static readonly IReadOnlyDictionary<string, string> GatewaySettings = new Dictionary<string, string>
    {
        ["RateLimits__AuthPerMinute"] = "1000000",
        ["RateLimits__ClinicPerMinute"] = "100000000",
    };

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    public DistributedApplication Application => app;

    public TimeSpan ColdStart => coldStart;

    /// <summary>When each resource became healthy, counted from the start of the cold start.</summary>
    public IReadOnlyList<(string Resource, TimeSpan After)> Healthy => healthy;

    /// <param name="dataDirectory">A fresh folder for the app's PostgreSQL cluster, RabbitMQ node and keys (so this is a first start).</param>
    /// <param name="appLog">Where the app's own logs go.</param>
    /// <param name="options">Whether to keep Aspire's proxies, and the experiments' extra service environment and PostgreSQL settings.</param>
    public static async Task<BenchApp> StartAsync(string dataDirectory, BenchmarkOptions options, ILoggerProvider appLog, Action<string> log,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ClinicOps_AppHost>(
            [$"--ClinicOps:DataDirectory={dataDirectory}"], (appOptions, _) => appOptions.DisableDashboard = true, cancellationToken);
        builder.Services.AddLogging(logging => logging.ClearProviders().AddProvider(appLog));
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            // Without the orchestrator's loopback proxy each service listens on its own free port and the gateway calls it
            // straight, as in a deployment (--aspire-proxies keeps them, as in `dotnet run` of the AppHost).
            foreach (var endpoint in project.Annotations.OfType<EndpointAnnotation>().Where(_ => !options.AspireProxies))
            {
                endpoint.IsProxied = false;
                endpoint.Port = FreePort.Next();
            }

            var resource = builder.CreateResourceBuilder(project)
                // No dashboard runs under the testing builder: exporting telemetry would only retry into a closed port.
                .WithEnvironment("OTEL_SDK_DISABLED", "true");
            foreach (var (name, value) in options.ServiceEnvironment)
            {
                resource.WithEnvironment(name, value);
            }

            if (project.Name == ResourceNames.Gateway)
            {
                foreach (var (name, value) in GatewaySettings)
                {
                    resource.WithEnvironment(name, value);
                }
            }
        }

        foreach (var server in builder.Resources.OfType<ExecutableResource>().Where(r => r.Name == ResourceNames.Postgres))
        {
            // Later -c settings win over the AppHost's own.
            builder.CreateResourceBuilder(server).WithArgs([.. options.PostgresSettings.SelectMany(s => new[] { "-c", $"{s.Key}={s.Value}" })]);
        }

        var app = await builder.BuildAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        // Watch before starting, so each resource's time to healthy is its own.
        var healthy = WaitAllHealthyAsync(app, clock, log, timeout.Token);
        await app.StartAsync(timeout.Token);
        // The cold start ends when the last resource is healthy (StartAsync returns as soon as every resource is launched).
        var healthyAfter = await healthy;
        return new BenchApp(app, dataDirectory, healthyAfter.Max(h => h.Item2), healthyAfter);
    }

    /// <summary>The process the orchestrator started for each resource (a server, or the `dotnet run` of a service).</summary>
    public IReadOnlyList<(string Resource, int Pid)> ResourceProcesses()
    {
        var processes = new List<(string, int)>();
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources)
        {
            if (app.ResourceNotifications.TryGetCurrentState(resource.Name, out var state)
                && state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
                && int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var pid))
            {
                processes.Add((resource.Name, pid));
            }
        }

        return processes;
    }

    public Uri Endpoint(string resource) => Loopback(app.GetEndpoint(resource, "http"));

    /// <summary>The environment the orchestrator started a resource's process with (empty when it has none).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentOf(string resource) =>
        app.ResourceNotifications.TryGetCurrentState(resource, out var state)
            ? state.Snapshot.EnvironmentVariables.Where(e => e.Value is not null).GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.Last().Value!)
            : new Dictionary<string, string>();

    public StartTiming Timing => new(coldStart, healthy);

    public async Task<string> ConnectionStringAsync(string resource, CancellationToken cancellationToken) =>
        await app.GetConnectionStringAsync(resource, cancellationToken)
        ?? throw new InvalidOperationException($"The app model gives no connection string for '{resource}'.");

    /// <summary>An unpooled connection to one of the app's databases, for the benchmark's own reads.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync(string resource, CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(await ConnectionStringAsync(resource, cancellationToken)) { Pooling = false };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync().WaitAsync(StopTimeout);
            await app.DisposeAsync().AsTask().WaitAsync(StopTimeout);
        }
        catch (TimeoutException)
        {
            // Disposing an app with health-checked WaitFor resources can hang (aspire#7139): end the servers this run started.
            LeftoverProcesses.Kill(dataDirectory);
        }
    }

    private static async Task<IReadOnlyList<(string, TimeSpan)>> WaitAllHealthyAsync(DistributedApplication app, Stopwatch clock,
        Action<string> log, CancellationToken cancellationToken)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        // Parameters have no state; explicitly started resources (Aspire's per-project "-rebuilder") never start by themselves.
        var names = model.Resources
            .Where(r => r is not ParameterResource && !r.TryGetAnnotationsOfType<ExplicitStartupAnnotation>(out _))
            .Select(r => r.Name)
            .ToArray();
        (string, TimeSpan)[] healthy;
        try
        {
            healthy = await Task.WhenAll(names.Select(async name =>
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, cancellationToken);
                return (name, clock.Elapsed);
            }));
        }
        catch (Exception e) when (e is OperationCanceledException or DistributedApplicationException)
        {
            var states = names.Select(name => app.ResourceNotifications.TryGetCurrentState(name, out var state)
                ? $"{name}: {state.Snapshot.State?.Text ?? "?"}, {state.Snapshot.HealthStatus?.ToString() ?? "health unknown"}"
                : $"{name}: not started");
            throw new TimeoutException($"The app did not become healthy within {StartTimeout.TotalMinutes} min: {string.Join("; ", states)}", e);
        }

        log($"All {names.Length} resources healthy: {string.Join(", ", names)}.");
        return [.. healthy.OrderBy(h => h.Item2)];
    }

    private static Uri Loopback(Uri uri) =>
        uri.IsLoopback && uri.Host != "127.0.0.1" ? new UriBuilder(uri) { Host = "127.0.0.1" }.Uri : uri;
}
