using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure.Telemetry;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Observability;

/// <summary>
/// A base for tests that look at what the app exports (<see cref="TelemetryAppFixture"/>): the app's logs go to the
/// test's output, and requests answer their trace id (the gateway's X-Request-Id) with their body.
/// </summary>
[Collection(TelemetryApp.Name)]
public abstract class TelemetryTest(TelemetryAppFixture telemetry, ITestOutputHelper output) : IDisposable
{
    protected static readonly string[] Services = ["gateway", "identity", "scheduling", "billing", "reminders", "analytics"];

    private readonly IDisposable logCapture = telemetry.App.CaptureLogs(output);

    protected TelemetryAppFixture Telemetry => telemetry;

    protected OtlpReceiver Receiver => telemetry.Receiver;

    public void Dispose()
    {
        logCapture.Dispose();
        Assert.True(Receiver.Errors.Count == 0, $"The receiver could not read: {string.Join(Environment.NewLine, Receiver.Errors.Take(3))}");
        GC.SuppressFinalize(this);
    }

    protected static async Task<Guid> CreateAsync(HttpClient client, string path, object body, string? idempotencyKey = null) =>
        (await SendAsync(client, path, body, HttpStatusCode.Created, idempotencyKey)).Body.GetProperty("id").GetGuid();

    /// <summary>
    /// POSTs and returns the answer's body and trace id. No retry: a service asked about a record another service has
    /// just created asks that service when its replica does not have it yet (read-your-own-writes).
    /// </summary>
    protected static async Task<(JsonElement Body, string TraceId)> SendAsync(HttpClient client, string path, object body,
        HttpStatusCode expected, string? idempotencyKey = null)
    {
        var answer = (await client.SendAsync("POST", path, body, idempotencyKey: idempotencyKey)).Expect(expected);
        Assert.NotNull(answer.RequestId);
        return (answer.Body.Length == 0 ? default : answer.Json, answer.RequestId);
    }

    protected static string NewPhone() => $"+4930{Random.Shared.Next(20_000_000, 99_999_999)}";

    /// <summary>The services that exported a span of the trace so far.</summary>
    protected ServicesSeen ServicesIn(string traceId) =>
        new(Receiver.Spans.Where(s => s.TraceId == traceId).Select(s => s.Service).ToHashSet(), Receiver.Spans.Count);
}
