namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>One data point of a counter (an OTLP sum) as a service exported it: cumulative, so the newest is the total.</summary>
public sealed record ReceivedMetricPoint(string Service, string Metric, IReadOnlyDictionary<string, string> Tags, double Value,
    DateTimeOffset At);
