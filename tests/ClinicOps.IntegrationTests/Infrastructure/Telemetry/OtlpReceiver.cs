using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// A telemetry receiver for whole-app tests: an OTLP/HTTP (protobuf) endpoint in the test process, on a free loopback
/// port, that keeps every span, counter data point and log line the services export to it. The services find it
/// through OTEL_EXPORTER_OTLP_ENDPOINT, as they would find a collector or the Aspire dashboard.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly ConcurrentQueue<ReceivedMetricPoint> _metricPoints = new();
    private readonly ConcurrentQueue<ReceivedLogRecord> _logs = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans;

    public IReadOnlyCollection<ReceivedMetricPoint> MetricPoints => _metricPoints;

    public IReadOnlyCollection<ReceivedLogRecord> Logs => _logs;

    /// <summary>Export requests that could not be decoded (a test asserts there are none).</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/traces", (HttpRequest request) => Receive(request, OtlpDecoder.Spans, _spans));
        _app.MapPost("/v1/metrics", (HttpRequest request) => Receive(request, OtlpDecoder.MetricPoints, _metricPoints));
        _app.MapPost("/v1/logs", (HttpRequest request) => Receive(request, OtlpDecoder.Logs, _logs));
        await _app.StartAsync();
        Endpoint = new Uri(_app.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Decodes one export request and answers with an empty (successful) export response.</summary>
    private async Task<IResult> Receive<T>(HttpRequest request, Func<byte[], List<T>> decode, ConcurrentQueue<T> into)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        try
        {
            foreach (var item in decode(body.ToArray()))
            {
                into.Enqueue(item);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            // A request this receiver cannot read is the test's failure, not the service's: keep it for the assertions.
            _errors.Enqueue($"{request.Path}: {e}");
            return Results.BadRequest();
        }

        return Results.Bytes([], "application/x-protobuf");
    }
}
