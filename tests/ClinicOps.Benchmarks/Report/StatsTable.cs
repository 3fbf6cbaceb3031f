using System.Globalization;
using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Report;

/// <summary>Latency tables in one layout for every figure.</summary>
public static class StatsTable
{
    public static ReportTable Of(string title, IEnumerable<EndpointStats> series) => new(
        title,
        ["Series", "Requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-2xx"],
        [.. series.Select(s => (IReadOnlyList<string>)
        [
            s.Endpoint,
            s.Latency.Count.ToString(CultureInfo.InvariantCulture),
            s.Latency.Rps.ToString("0.0", CultureInfo.InvariantCulture),
            Ms(s.Latency.P50),
            Ms(s.Latency.P95),
            Ms(s.Latency.P99),
            Ms(s.Latency.Max),
            Errors(s),
        ])]);

    public static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Errors(EndpointStats stats) => stats.Errors.Count == 0
        ? "0"
        : string.Join(", ", stats.Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{(e.Key == "0" ? "no answer" : e.Key)}: {e.Value}"));
}
