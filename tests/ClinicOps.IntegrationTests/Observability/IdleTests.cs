using ClinicOps.IntegrationTests.Infrastructure.Telemetry;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Observability;

/// <summary>
/// An idle app is quiet in the dashboard's Traces: the outbox relays, the reminder dispatcher and the health checks
/// keep polling, but a poll that finds nothing starts no trace.
/// </summary>
public sealed class IdleTests(TelemetryAppFixture telemetry, ITestOutputHelper output) : TelemetryTest(telemetry, output)
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_app_left_idle_for_thirty_seconds_exports_no_root_span()
    {
        var start = DateTimeOffset.UtcNow;

        // The window itself is what is specified: thirty seconds in which nobody uses the app.
        await Task.Delay(IdleWindow);
        var end = DateTimeOffset.UtcNow;

        // Every service was exporting all along: each has sent metrics stamped after the window.
        await Eventually.UntilAsync(() => Task.FromResult(Services.All(service =>
                Receiver.MetricPoints.Any(p => p.Service == service && p.At > end))),
            "metrics from every service after the idle window", TimeSpan.FromSeconds(30));
        var roots = Receiver.Spans.Where(s => s.IsRoot && s.StartedAt >= start && s.StartedAt <= end).ToList();
        Assert.True(roots.Count == 0,
            $"{roots.Count} root spans in {IdleWindow.TotalSeconds:0} idle seconds: {string.Join("; ", roots.Take(20))}");
    }
}
