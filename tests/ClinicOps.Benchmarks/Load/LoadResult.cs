namespace ClinicOps.Benchmarks.Load;

/// <summary>The samples recorded in the measured window and the window's length.</summary>
public sealed record LoadResult(SampleRecorder Samples, TimeSpan Window)
{
    public EndpointStats Stats(string endpoint) => Samples.For(endpoint).ToStats(endpoint, Window);

    public IReadOnlyList<EndpointStats> AllStats() =>
        [.. Samples.Endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.ToStats(e.Key, Window))];
}
