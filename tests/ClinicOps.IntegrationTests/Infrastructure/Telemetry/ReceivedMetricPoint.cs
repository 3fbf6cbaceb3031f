namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// One data point of a counter (an OTLP sum: cumulative, so the newest is the total) or a gauge (the newest is the current
/// value) as a service exported it.
/// </summary>
public sealed record ReceivedMetricPoint(string Service, string Metric, IReadOnlyDictionary<string, string> Tags, double Value,
    DateTimeOffset At);
