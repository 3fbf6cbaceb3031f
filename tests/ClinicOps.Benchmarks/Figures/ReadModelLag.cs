using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>Figure 4: how long a completed appointment or a paid payment takes to show on the dashboard, under figure 3's load.</summary>
public static class ReadModelLag
{
    public const string Title = "Read-model lag";

    public static FigureResult Summarise(BenchContext context, IReadOnlyList<LagProbe> probes, IReadOnlyList<OutboxBacklog> backlog,
        string drainNote)
    {
        var window = context.Options.MixedDuration;
        var completed = LatencyStats.From(probes.SelectMany(p => p.CompletedLags).ToArray(), window);
        var paid = LatencyStats.From(probes.SelectMany(p => p.PaidLags).ToArray(), window);
        var all = LatencyStats.From(probes.SelectMany(p => p.CompletedLags.Concat(p.PaidLags)).ToArray(), window);
        var invisible = probes.Sum(p => p.Invisible);
        return new FigureResult(4, "readModelLag", Title,
            [
                Measure.Info("lag p50", all.P50, "ms"),
                Measure.AtMost("lag p99", all.P99, "ms", 1000),
                Measure.AtLeast("events measured", all.Count, "", context.Options.MinLagEvents),
                Measure.AtMost($"events not visible within {LagProbe.VisibleWithin.TotalSeconds:0} s", invisible, "", 0),
            ],
            [
                new ReportTable("Commit (write answered) → visible in GET /api/dashboard",
                    ["Event", "Count", "p50 ms", "p95 ms", "p99 ms", "max ms"],
                    [Row("appointment completed", completed), Row("payment paid", paid), Row("all", all)]),
                new ReportTable("Events committed but not yet published, right after the load",
                    ["Database", "Unsent outbox rows", "Oldest waiting s"],
                    [.. backlog.Select(b => (IReadOnlyList<string>)[b.Database, b.Unsent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        b.OldestSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)])]),
            ],
            new { completed, paid, all, invisible, outboxBacklog = backlog, lastMisses = probes.Select(p => p.LastMiss).OfType<string>().ToArray(),
                pollIntervalMs = LagProbe.PollInterval.TotalMilliseconds },
            [
                $"{probes.Count} probes, each in a clinic of its own, during figure 3's load: book → complete → poll; record a paid payment → poll. " +
                $"Polls every {LagProbe.PollInterval.TotalMilliseconds:0} ms; the lag runs to the answer of the first poll that shows the change " +
                "(an upper bound by at most one poll's latency plus the interval).",
                drainNote,
                .. probes.Select(p => p.LastMiss).OfType<string>().Distinct().Select(miss => "Not visible in time: " + miss),
            ]);
    }

    private static IReadOnlyList<string> Row(string name, LatencyStats stats) =>
        [name, stats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StatsTable.Ms(stats.P50), StatsTable.Ms(stats.P95),
            StatsTable.Ms(stats.P99), StatsTable.Ms(stats.Max)];
}
