using System.Globalization;

namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// The whole app with its telemetry on: every service and the gateway export traces, metrics and logs over OTLP/HTTP
/// to an <see cref="OtlpReceiver"/> in the test process, often (a fifth of a second for spans and logs, a second for
/// metrics) so tests wait briefly on what arrives. One app start for the whole <see cref="TelemetryApp"/> collection.
/// </summary>
public sealed class TelemetryAppFixture : IAsyncLifetime
{
    public const int ExportDelayMilliseconds = 200;
    public const int MetricIntervalMilliseconds = 1000;

    private WholeAppFixture? app;

    public OtlpReceiver Receiver { get; } = new();

    public WholeAppFixture App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        await Receiver.StartAsync();
        var delay = ExportDelayMilliseconds.ToString(CultureInfo.InvariantCulture);
        app = new WholeAppFixture(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Receiver.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = delay,
            ["OTEL_BLRP_SCHEDULE_DELAY"] = delay,
            ["OTEL_METRIC_EXPORT_INTERVAL"] = MetricIntervalMilliseconds.ToString(CultureInfo.InvariantCulture),
        });
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Receiver.DisposeAsync();
    }
}
