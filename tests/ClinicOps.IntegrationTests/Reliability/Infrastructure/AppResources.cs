using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// Stopping, crashing and starting resources of the running app through the orchestrator (Aspire's resource
/// commands), and waiting until the whole app is healthy again — so a fault test leaves the app as it found it.
/// </summary>
public static class AppResources
{
    private const string PidProperty = "executable.pid";
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(180);

    public static async Task<string> ConnectionStringAsync(this WholeAppFixture fixture, string resource) =>
        await fixture.App.GetConnectionStringAsync(resource)
        ?? throw new InvalidOperationException($"'{resource}' has no connection string.");

    /// <summary>Stops a resource (the orchestrator ends its process) and waits until it is down.</summary>
    public static async Task StopResourceAsync(this WholeAppFixture fixture, string resource)
    {
        var result = await Commands(fixture).ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand).WaitAsync(StopLimit);
        Assert.True(result.Success, $"Stopping '{resource}' failed: {result.Message}");
        await WaitUntilDownAsync(fixture, resource);
    }

    /// <summary>
    /// Kills a resource's process outright — SIGKILL to the process the orchestrator shows and everything it started,
    /// so no shutdown code runs — and waits until the orchestrator sees it gone. Returns what was killed.
    /// </summary>
    public static async Task<string> CrashResourceAsync(this WholeAppFixture fixture, string resource)
    {
        Assert.True(fixture.App.ResourceNotifications.TryGetCurrentState(resource, out var current), $"'{resource}' has no state");
        var pid = current.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value;
        Assert.True(pid is not null, $"'{resource}' shows no {PidProperty}: {string.Join(", ", current.Snapshot.Properties.Select(p => p.Name))}");
        var id = Convert.ToInt32(pid, CultureInfo.InvariantCulture);
        var killed = ProcessTree.Describe(id);
        using (var process = Process.GetProcessById(id))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(StopLimit);
        }

        await WaitUntilDownAsync(fixture, resource);
        return killed;
    }

    /// <summary>Starts a stopped resource again and waits until it reports Healthy.</summary>
    public static async Task StartResourceAsync(this WholeAppFixture fixture, string resource)
    {
        var result = await Commands(fixture).ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand).WaitAsync(StartLimit);
        Assert.True(result.Success, $"Starting '{resource}' failed: {result.Message}");
        await fixture.App.ResourceNotifications
            .WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy)
            .WaitAsync(StartLimit);
    }

    /// <summary>Starts the resource again if a fault test left it down (a failed test must not leave the app broken for the next).</summary>
    public static async Task EnsureStartedAsync(this WholeAppFixture fixture, string resource)
    {
        if (fixture.App.ResourceNotifications.TryGetCurrentState(resource, out var current)
            && current.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state))
        {
            await fixture.StartResourceAsync(resource);
        }
    }

    /// <summary>
    /// Waits until every resource of the app reports Healthy and every service's own /health answers 200 (asked
    /// directly, not from the orchestrator's last check, which may predate a restart).
    /// </summary>
    public static async Task WaitUntilHealthyAsync(this WholeAppFixture fixture)
    {
        using var timeout = new CancellationTokenSource(StartLimit);
        await Task.WhenAll(fixture.ResourceNames.Select(name =>
            fixture.App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token))).WaitAsync(StartLimit);
        var projects = fixture.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>();
        await Task.WhenAll(projects.Select(p => Eventually.UntilAsync(
            async () => await HealthAsync(fixture, p.Name) == HttpStatusCode.OK, $"{p.Name} /health to answer 200", StartLimit)));
    }

    /// <summary>What a service's own /health answers (asked directly, not through the gateway); 503 when it does not answer.</summary>
    public static async Task<HttpStatusCode> HealthAsync(WholeAppFixture fixture, string service)
    {
        using var client = fixture.App.CreateHttpClient(service);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            using var response = await client.GetAsync("/health", timeout.Token);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    /// <summary>Runs one of a resource's dashboard commands, as an operator would from the dashboard.</summary>
    public static Task<ExecuteCommandResult> RunCommandAsync(this WholeAppFixture fixture, string resource, string command) =>
        Commands(fixture).ExecuteCommandAsync(resource, command).WaitAsync(StartLimit);

    private static ResourceCommandService Commands(WholeAppFixture fixture) =>
        fixture.App.Services.GetRequiredService<ResourceCommandService>();

    private static Task WaitUntilDownAsync(WholeAppFixture fixture, string resource) =>
        fixture.App.ResourceNotifications
            .WaitForResourceAsync(resource, e => e.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state))
            .WaitAsync(StopLimit);
}
