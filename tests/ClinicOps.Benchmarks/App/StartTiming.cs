namespace ClinicOps.Benchmarks.App;

/// <summary>One cold start of the whole app: the time until every resource was healthy, and when each one became so.</summary>
public sealed record StartTiming(TimeSpan ToHealthy, IReadOnlyList<(string Resource, TimeSpan After)> Healthy)
{
    public string Slowest => Healthy.Count > 0 ? Healthy.MaxBy(h => h.After).Resource : "";
}
