namespace ClinicOps.Benchmarks.Load;

/// <summary>Latency percentiles (milliseconds, nearest-rank on the exact sorted samples) and throughput of one series.</summary>
public sealed record LatencyStats(long Count, double P50, double P95, double P99, double Max, double Mean, double Rps)
{
    public static readonly LatencyStats Empty = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Statistics of <paramref name="milliseconds"/> measured over <paramref name="window"/>.</summary>
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds, TimeSpan window)
    {
        if (milliseconds.Count == 0)
        {
            return Empty;
        }

        var sorted = milliseconds.ToArray();
        Array.Sort(sorted);
        var seconds = window.TotalSeconds;
        return new LatencyStats(
            sorted.Length,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted[^1],
            sorted.Average(),
            seconds > 0 ? sorted.Length / seconds : 0);
    }

    /// <summary>The nearest-rank percentile: the smallest sample with at least <paramref name="percent"/>% of samples at or below it.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
