using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using ClinicOps.Testing;
using ClinicOps.Testing.Apps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app — PostgreSQL, RabbitMQ, the mailbox, the five services and the gateway — started once per test
/// collection from the real AppHost (<see cref="WholeApp"/>), with its data in a temp folder, every port free and
/// dynamic, and tokens signed with <see cref="TestTokens"/>' key so tests can mint their own. Ready when every
/// resource reports Healthy.
/// </summary>
public sealed class WholeAppFixture : IAsyncLifetime
{
    public const string OwnerPassword = "Quiet-Harbour-Lantern-42";

    // About 20 s on an idle 2-core machine; several minutes when many builds and test runs share it.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string dataDirectory;
    private readonly bool useTestSigningKey;
    private readonly bool ownsDataDirectory;
    private readonly IReadOnlyDictionary<string, string>? telemetryEnvironment;
    private readonly int replicas = 1;
    private readonly SocketsHttpHandler handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
    private readonly ResourceLogSink logs = new(Path.Combine(AppContext.BaseDirectory, "logs",
        $"wholeapp-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log"));
    private DistributedApplication? app;
    private HttpClient? gateway;

    public WholeAppFixture()
        : this(Directory.CreateTempSubdirectory("clinicops-wholeapp-").FullName, useTestSigningKey: true, ownsDataDirectory: true)
    {
    }

    /// <summary>
    /// An app on a given data folder, for tests that stop it and start another on the same data (backup and restore).
    /// Without the test signing key, identity signs with the key the app keeps in its data folder, as in a real run.
    /// </summary>
    internal WholeAppFixture(string dataDirectory, bool useTestSigningKey, bool ownsDataDirectory)
    {
        this.dataDirectory = dataDirectory;
        this.useTestSigningKey = useTestSigningKey;
        this.ownsDataDirectory = ownsDataDirectory;
    }

    /// <summary>
    /// An app whose services export their telemetry as <paramref name="telemetryEnvironment"/> (OTEL_* variables) says,
    /// for tests that look at traces, metrics and logs (<see cref="Telemetry.TelemetryAppFixture"/>).
    /// </summary>
    internal WholeAppFixture(IReadOnlyDictionary<string, string> telemetryEnvironment)
        : this()
    {
        this.telemetryEnvironment = telemetryEnvironment;
    }

    /// <summary>An app running <paramref name="replicas"/> instances of every service, the gateway and the web app.</summary>
    internal WholeAppFixture(int replicas)
        : this()
    {
        this.replicas = replicas;
    }

    public DistributedApplication App => app ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>A client for the gateway with no token.</summary>
    public HttpClient Gateway => gateway ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Every resource the app starts (not parameters, not Aspire's on-demand "rebuilder" helpers): all must become Healthy.</summary>
    public IReadOnlyList<string> ResourceNames { get; private set; } = [];

    /// <summary>
    /// How the first sign-up went, sent the moment every resource reported healthy: "ready" must mean a staff member's
    /// first request succeeds at once, not after the services have finished warming up.
    /// </summary>
    public (HttpStatusCode Status, TimeSpan Elapsed) FirstSignUp { get; private set; }

    /// <summary>The file every resource's log goes to (under the test binaries' logs/ folder).</summary>
    public string LogFilePath => logs.FilePath;

    /// <summary>Sends the app's logs to this test's output for as long as the returned handle lives.</summary>
    public IDisposable CaptureLogs(ITestOutputHelper output) => logs.Attach(output);

    /// <summary>A client for the gateway, with a bearer token when one is given.</summary>
    public HttpClient CreateClient(string? accessToken = null)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>A client with a token for a user of a clinic, minted by <see cref="TestTokens"/> (which the app trusts).</summary>
    public HttpClient CreateClientFor(Guid clinicId, string role = "owner", Guid? userId = null) =>
        CreateClient(TestTokens.Mint(clinicId, userId ?? Guid.CreateVersion7(), role));

    /// <summary>
    /// Signs up a new clinic and its owner through the gateway (POST /api/clinics) and returns a client that sends the
    /// owner's token. Waits out the gateway's sign-up rate limit (429 + Retry-After) if a test run hits it.
    /// </summary>
    public async Task<SignedUpClinic> SignUpClinicAsync(string? clinicName = null, string timeZone = "Europe/Berlin", string currency = "EUR",
        CancellationToken cancellationToken = default)
    {
        var unique = Guid.CreateVersion7().ToString("N");
        var email = $"owner-{unique}@clinicops.test";
        var request = new SignUpRequest(clinicName ?? $"Clinic {unique[^8..]}", timeZone, currency, "Olivia Owner", email, OwnerPassword);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await Gateway.PostAsJsonAsync("/api/clinics", request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(30), cancellationToken);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException(
                    $"Sign-up answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var body = await response.Content.ReadFromJsonAsync<SignUpResponse>(cancellationToken)
                ?? throw new InvalidOperationException("Sign-up answered 201 with no body.");
            return new SignedUpClinic(body.Clinic.Id, body.User.Id, email, OwnerPassword, body.AccessToken, body.RefreshToken, CreateClient(body.AccessToken));
        }
    }

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ClinicOps_AppHost>(
                // PostgreSQL without crash safety: a test's data lives minutes and is thrown away, and fsync on every
                // commit would make the suite much slower. `./clinicops run` keeps the durable defaults.
                [$"--ClinicOps:DataDirectory={dataDirectory}", "--ClinicOps:Postgres:NonDurable=true", $"--ClinicOps:Replicas={replicas}",
                    .. useTestSigningKey ? [$"--ClinicOps:Jwt:PrivateKey={TestTokens.PrivateKeyPem}"] : Array.Empty<string>()],
                (options, _) => options.DisableDashboard = true,
                timeout.Token);
            builder.Services.AddLogging(logging => logging
                .AddProvider(logs)
                .AddFilter("Aspire", LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("Polly", LogLevel.Warning)
                // Failing checks while the app boots are expected; the failure report below names the ones that never passed.
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

            // No dashboard listens in tests: exporters would only retry into the void (aspire#3349). Telemetry tests
            // give a receiver of their own instead.
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                var resource = builder.CreateResourceBuilder(project);
                if (telemetryEnvironment is null)
                {
                    resource.WithEnvironment("OTEL_SDK_DISABLED", "true");
                    continue;
                }

                foreach (var (name, value) in telemetryEnvironment)
                {
                    resource.WithEnvironment(name, value);
                }
            }

            // Two cores run the whole app and the suite: a cheaper bcrypt cost keeps sign-ups well inside the request
            // deadline (identity's own tests prove cost 12), and many sign-ups from one address must not trip the
            // gateway's per-address limit (the gateway's own tests prove it).
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "identity"))
                .WithEnvironment("Identity__BcryptWorkFactor", "6");
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway"))
                .WithEnvironment("RateLimits__AuthPerMinute", "100000")
                .WithEnvironment("RateLimits__ClinicPerMinute", "100000");

            var started = builder.Resources.Where(StartsWithTheApp).ToList();
            ResourceNames = [.. started.Select(r => r.Name)];
            app = await builder.BuildAsync(timeout.Token).WaitAsync(timeout.Token);
            await app.StartAsync(timeout.Token).WaitAsync(timeout.Token);
            await Task.WhenAll(started.Select(resource => Replicas(resource) == 1
                    ? app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, WaitBehavior.StopOnResourceUnavailable, timeout.Token)
                    : WaitForHealthyReplicasAsync(app, resource, timeout.Token)))
                .WaitAsync(timeout.Token);
        }
        catch (Exception e)
        {
            var report = StartFailureReport(e);
            await DisposeAsync();
            throw new InvalidOperationException(report, e);
        }

        gateway = new HttpClient(handler, disposeHandler: false) { BaseAddress = app.GetEndpoint("gateway", "http"), Timeout = TimeSpan.FromSeconds(30) };
        FirstSignUp = await TimeFirstSignUpAsync();
    }

    private async Task<(HttpStatusCode, TimeSpan)> TimeFirstSignUpAsync()
    {
        var unique = Guid.CreateVersion7().ToString("N");
        var request = new SignUpRequest($"First Clinic {unique[^8..]}", "Europe/Berlin", "EUR", "Fiona First", $"first-{unique}@clinicops.test", OwnerPassword);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await Gateway.PostAsJsonAsync("/api/clinics", request);
        return (response.StatusCode, clock.Elapsed);
    }

    public async Task DisposeAsync()
    {
        gateway?.Dispose();
        if (app is not null)
        {
            var stopped = await WithinAsync(app.StopAsync(), StopTimeout) && await WithinAsync(app.DisposeAsync().AsTask(), StopTimeout);
            if (!stopped)
            {
                LeftoverProcesses.Kill(dataDirectory); // disposal can hang (aspire#7139): end what runs from our data folder
            }

            app = null;
        }

        handler.Dispose();
        logs.Dispose();
        if (ownsDataDirectory)
        {
            LeftoverProcesses.DeleteDirectory(dataDirectory);
        }
    }

    private static int Replicas(IResource resource) => resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    /// <summary>
    /// A resource at several replicas runs one instance per replica, each with an id of its own (waiting on the resource's
    /// name would wait for nothing): waits until that many instances are healthy; fails as soon as one stops.
    /// </summary>
    private static async Task WaitForHealthyReplicasAsync(DistributedApplication app, IResource resource, CancellationToken cancellationToken)
    {
        var healthy = new HashSet<string>();
        await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (change.Resource.Name != resource.Name)
            {
                continue;
            }

            if (change.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state))
            {
                throw new InvalidOperationException($"An instance of '{resource.Name}' ({change.ResourceId}) stopped: {state}.");
            }

            if (change.Snapshot.HealthStatus == HealthStatus.Healthy)
            {
                healthy.Add(change.ResourceId);
            }
            else
            {
                healthy.Remove(change.ResourceId);
            }

            if (healthy.Count == Replicas(resource))
            {
                return;
            }
        }
    }

    private static bool StartsWithTheApp(IResource resource) =>
        resource is not ParameterResource && !resource.HasAnnotationOfType<ExplicitStartupAnnotation>();

    private static async Task<bool> WithinAsync(Task task, TimeSpan limit)
    {
        try
        {
            await task.WaitAsync(limit);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private string StartFailureReport(Exception failure)
    {
        var reason = failure is OperationCanceledException ? $"within {StartTimeout.TotalMinutes} minutes" : $"({failure.Message})";
        var report = new StringBuilder($"The app did not become healthy {reason}. Full log: {logs.FilePath}");
        foreach (var name in ResourceNames)
        {
            var snapshot = app is not null && app.ResourceNotifications.TryGetCurrentState(name, out var current) ? current.Snapshot : null;
            report.AppendLine().Append(name).Append(": ").Append(snapshot?.State?.Text ?? "not started")
                .Append(", health ").Append(snapshot?.HealthStatus?.ToString() ?? "unknown");
            if (snapshot?.HealthStatus is not HealthStatus.Healthy)
            {
                foreach (var check in snapshot?.HealthReports.Where(r => r.Status is not HealthStatus.Healthy) ?? [])
                {
                    report.AppendLine().Append("    check ").Append(check.Name).Append(": ")
                        .Append(check.Description ?? check.ExceptionText?.Split('\n')[0] ?? "no answer yet");
                }

                foreach (var line in logs.Tail(name).TakeLast(15))
                {
                    report.AppendLine().Append("    ").Append(line);
                }
            }
        }

        return report.ToString();
    }
}
