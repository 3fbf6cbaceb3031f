namespace ClinicOps.Benchmarks.Load;

/// <summary>One endpoint's latencies and outcomes: 2xx, 4xx, 5xx, transport failures (no answer) and each non-2xx status.</summary>
public sealed record EndpointStats(
    string Endpoint,
    LatencyStats Latency,
    long Ok,
    long ClientErrors,
    long ServerErrors,
    long TransportErrors,
    IReadOnlyDictionary<string, long> Errors);
