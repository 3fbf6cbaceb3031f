namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// The samples recorded in the measured window and the window's length; the operations completed in all, warm-up
/// included (what the app's CPU over the whole load was spent on); and, when the plan asked for intervals, the samples
/// of each interval.
/// </summary>
public sealed record LoadResult(SampleRecorder Samples, TimeSpan Window)
{
    public long Completed { get; init; }

    public IReadOnlyList<SampleRecorder> Intervals { get; init; } = [];

    public long Recorded => Samples.Endpoints.Values.Sum(e => e.Milliseconds.Count);

    public EndpointStats Stats(string endpoint) => Samples.For(endpoint).ToStats(endpoint, Window);

    public IReadOnlyList<EndpointStats> AllStats() =>
        [.. Samples.Endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.ToStats(e.Key, Window))];
}
