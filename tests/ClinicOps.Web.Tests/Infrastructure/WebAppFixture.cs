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
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>
/// The whole app — servers, services, gateway and the staff web app — started once per collection from the real
/// AppHost, with its data (and the web app's Data Protection keys) in a temp folder and every port dynamic; and one
/// headless Chromium (Debian's, driven by Playwright) for all the collection's tests.
/// Access tokens live 30 seconds here (the shortest identity allows), so every flow also runs across token refreshes.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string Password = "Amber-Lighthouse-Quokka-Tandem-91";
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(30);

    private const string WebResource = "web";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("clinicops-webapp-").FullName;
    private readonly SocketsHttpHandler handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
    private readonly ResourceLogSink logs = new(Path.Combine(AppContext.BaseDirectory, "logs",
        $"webapp-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log"));
    private DistributedApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IReadOnlyList<string> resourceNames = [];

    /// <summary>The gateway's address: the browser's only door to the web app and the API.</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The dev mailbox where the reminders service's emails land.</summary>
    public Mailbox Mailbox { get; private set; } = null!;

    /// <summary>A connection string of one of the app's databases (e.g. "analytics-db"), for seeding in bulk.</summary>
    public async Task<string> ConnectionStringAsync(string resource) =>
        await (app ?? throw new InvalidOperationException("The app has not started.")).GetConnectionStringAsync(resource)
        ?? throw new InvalidOperationException($"The app model gives no connection string for '{resource}'.");

    public IDisposable CaptureLogs(ITestOutputHelper output) => logs.Attach(output);

    public HttpClient CreateApiClient(string? accessToken = null)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>Signs up a new clinic and its owner through the API.</summary>
    public async Task<StaffAccount> SignUpClinicAsync(string timeZone = "Europe/Berlin", string? clinicName = null)
    {
        var unique = Guid.CreateVersion7().ToString("N")[^10..];
        var name = clinicName ?? $"Clinic {unique}";
        var email = $"owner-{unique}@clinicops.test";
        using var anonymous = CreateApiClient();
        using var response = await anonymous.PostAsJsonAsync("/api/clinics", new
        {
            clinicName = name, timeZone, currency = "EUR", ownerName = "Olivia Owner", email, password = Password,
        });
        var answer = await ReadAuthAnswerAsync(response, HttpStatusCode.Created);
        return new StaffAccount(answer.Clinic.Id, name, "Olivia Owner", email, Password, "owner", CreateApiClient(answer.AccessToken));
    }

    /// <summary>The owner adds a staff member with a role; returns them signed in through the API.</summary>
    public async Task<StaffAccount> AddStaffAsync(StaffAccount owner, string role, string name)
    {
        var email = $"{role}-{Guid.CreateVersion7().ToString("N")[^10..]}@clinicops.test";
        using (var created = await owner.Api.PostAsJsonAsync("/api/users", new { name, email, password = Password, role }))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using var anonymous = CreateApiClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        var answer = await ReadAuthAnswerAsync(login, HttpStatusCode.OK);
        return new StaffAccount(owner.ClinicId, owner.ClinicName, name, email, Password, role, CreateApiClient(answer.AccessToken));
    }

    /// <summary>A browser context of its own (cookies, storage) at a viewport size, with the gateway as its base address.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = GatewayUrl.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        // A shared 2-core machine answers slowly at times; every wait is for a condition, bounded generously.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(45_000);
        return context;
    }

    /// <summary>Stops the web app and starts it again (a deployment, a crash): it must come back reading the same keys.</summary>
    public async Task RestartWebAppAsync()
    {
        var running = app ?? throw new InvalidOperationException("The app has not started.");
        var commands = running.Services.GetRequiredService<ResourceCommandService>();
        var stopped = await commands.ExecuteCommandAsync(WebResource, KnownResourceCommands.StopCommand).WaitAsync(StopTimeout * 2);
        Assert.True(stopped.Success, $"Stopping the web app failed: {stopped.Message}");
        await running.ResourceNotifications.WaitForResourceAsync(WebResource,
            e => e.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state)).WaitAsync(StopTimeout * 2);

        var started = await commands.ExecuteCommandAsync(WebResource, KnownResourceCommands.StartCommand).WaitAsync(StartTimeout);
        Assert.True(started.Success, $"Starting the web app failed: {started.Message}");
        await running.ResourceNotifications.WaitForResourceAsync(WebResource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy).WaitAsync(StartTimeout);
    }

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(30_000);
        await StartAppAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // --no-sandbox: the tests run as root, where Chromium's sandbox cannot start. The rest keeps the browser
            // from reaching for the network or background work on a machine without internet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            var stopped = await WithinAsync(app.StopAsync(), StopTimeout) && await WithinAsync(app.DisposeAsync().AsTask(), StopTimeout);
            if (!stopped)
            {
                LeftoverProcesses.Kill(dataDirectory);
            }

            app = null;
        }

        handler.Dispose();
        logs.Dispose();
        LeftoverProcesses.DeleteDirectory(dataDirectory);
    }

    private async Task StartAppAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ClinicOps_AppHost>(
                [$"--ClinicOps:DataDirectory={dataDirectory}", $"--ClinicOps:Jwt:PrivateKey={TestTokens.PrivateKeyPem}"],
                (options, _) => options.DisableDashboard = true,
                timeout.Token);
            builder.Services.AddLogging(logging => logging
                .AddProvider(logs)
                .AddFilter("Aspire", LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("Polly", LogLevel.Warning)
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                builder.CreateResourceBuilder(project).WithEnvironment("OTEL_SDK_DISABLED", "true");
            }

            // A cheaper bcrypt cost keeps sign-ups quick on two cores (identity's own tests prove cost 12); tokens that
            // expire within the tests make every flow cross a refresh; many sign-ups from one address must not trip
            // the gateway's per-address limit (the gateway's own tests prove it).
            Project(builder, "identity")
                .WithEnvironment("Identity__BcryptWorkFactor", "6")
                .WithEnvironment("Identity__AccessTokenLifetime", AccessTokenLifetime.ToString("c"));
            Project(builder, "gateway")
                .WithEnvironment("RateLimits__AuthPerMinute", "100000")
                .WithEnvironment("RateLimits__ClinicPerMinute", "100000");

            resourceNames = [.. builder.Resources.Where(r => r is not ParameterResource && !r.HasAnnotationOfType<ExplicitStartupAnnotation>())
                .Select(r => r.Name)];
            app = await builder.BuildAsync(timeout.Token).WaitAsync(timeout.Token);
            await app.StartAsync(timeout.Token).WaitAsync(timeout.Token);
            await Task.WhenAll(resourceNames.Select(name =>
                app.ResourceNotifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, timeout.Token)))
                .WaitAsync(timeout.Token);
        }
        catch (Exception e)
        {
            var report = StartFailureReport(e);
            await DisposeAsync();
            throw new InvalidOperationException(report, e);
        }

        GatewayUrl = app.GetEndpoint("gateway", "http");
        Mailbox = new Mailbox(new HttpClient(handler, disposeHandler: false) { BaseAddress = app.GetEndpoint("mailbox", "http") });
    }

    private static IResourceBuilder<ProjectResource> Project(IDistributedApplicationTestingBuilder builder, string name) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name));

    private static async Task<AuthAnswer> ReadAuthAnswerAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<AuthAnswer>() ?? throw new InvalidOperationException("No body.");
    }

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
        var report = new StringBuilder($"The app did not become healthy ({failure.Message}). Full log: {logs.FilePath}");
        foreach (var name in resourceNames)
        {
            var snapshot = app is not null && app.ResourceNotifications.TryGetCurrentState(name, out var current) ? current.Snapshot : null;
            report.AppendLine().Append(name).Append(": ").Append(snapshot?.State?.Text ?? "not started")
                .Append(", health ").Append(snapshot?.HealthStatus?.ToString() ?? "unknown");
            if (snapshot?.HealthStatus is not HealthStatus.Healthy)
            {
                foreach (var line in logs.Tail(name).TakeLast(15))
                {
                    report.AppendLine().Append("    ").Append(line);
                }
            }
        }

        return report.ToString();
    }
}
