using System.Globalization;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 4: how long a completed appointment or a paid payment takes to move the dashboard's figures, under
/// figure 3's load. Every such event of the load counts, committed and recorded events joined by event id
/// (<see cref="LagCensus"/>); the <see cref="LagProbe"/>s cross-check it end to end through GET /api/dashboard.
/// </summary>
public static class ReadModelLag
{
    public const string Title = "Read-model lag";
    public const double TargetP99Ms = 1000;

    /// <summary>How long after the load the read model may take to record the load's last events.</summary>
    public static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(60);

    public static FigureResult Summarise(BenchContext context, LagCensus census, IReadOnlyList<LagProbe> probes, LoadResult probeRequests,
        IReadOnlyList<OutboxBacklog> backlog, string drainNote)
    {
        var window = context.Options.MixedDuration;
        var all = Stats(census.Lags);
        var probed = LatencyStats.From(probes.SelectMany(p => p.CompletedLags.Concat(p.PaidLags)).ToArray(), window);
        var invisible = probes.Sum(p => p.Invisible);
        return new FigureResult(4, "readModelLag", Title,
            [
                Measure.Info("lag p50", all.P50, "ms"),
                Measure.AtMost("lag p99", all.P99, "ms", TargetP99Ms),
                Measure.AtLeast("events measured", all.Count, "", context.Options.MinLagEvents),
                Measure.AtMost($"events committed but not recorded {CatchUpLimit.TotalSeconds:0} s after the load", census.Missing, "", 0),
                Measure.AtMost("events recorded that no producer committed in the window", census.Extra, "", 0),
                Measure.Info("probes through GET /api/dashboard: lag p99", probed.P99, "ms"),
            ],
            [
                new ReportTable("Committed → recorded in the read model, every event of the load",
                    ["Event", "Count", "p50 ms", "p95 ms", "p99 ms", "max ms"],
                    [
                        Row(RecordedLag.Completed, Stats(census.Lags.Where(l => l.Event == RecordedLag.Completed))),
                        Row(RecordedLag.Paid, Stats(census.Lags.Where(l => l.Event == RecordedLag.Paid))),
                        Row("all", all),
                    ]),
                CensusTable(census),
                new ReportTable("Probes: write answered → visible in GET /api/dashboard",
                    ["Event", "Count", "p50 ms", "p95 ms", "p99 ms", "max ms"],
                    [
                        Row(RecordedLag.Completed, LatencyStats.From(probes.SelectMany(p => p.CompletedLags).ToArray(), window)),
                        Row(RecordedLag.Paid, LatencyStats.From(probes.SelectMany(p => p.PaidLags).ToArray(), window)),
                        Row("all", probed),
                    ]),
                StatsTable.Of($"The probes' own requests ({LoadRunner.CoordinatedOmission}; not in figure 3's rows)", probeRequests.AllStats()),
                new ReportTable("Events committed but not yet published, right after the load",
                    ["Database", "Unsent outbox rows", "Oldest waiting s"],
                    [.. backlog.Select(b => (IReadOnlyList<string>)[b.Database, b.Unsent.ToString(CultureInfo.InvariantCulture),
                        b.OldestSeconds.ToString("0.0", CultureInfo.InvariantCulture)])]),
            ],
            new
            {
                lag = all, committed = census.Committed, recorded = census.Recorded, matched = census.Lags.Count, missing = census.Missing,
                extra = census.Extra, probed, invisible,
                outboxBacklog = backlog, lastMisses = probes.Select(p => p.LastMiss).OfType<string>().ToArray(),
                pollIntervalMs = LagProbe.PollInterval.TotalMilliseconds,
            },
            [
                "Recorded lag: for every appointment completed and every payment made paid during the measured load (after its warm-up), the time from " +
                "the event (stamped in the transaction that wrote it, in the producer's outbox) to its row in analytics' event log (written with the " +
                "database's clock in the transaction that moves the dashboard's counters), joined by event id. A payment counts once, by its " +
                "PaymentPaid (a payment recorded as paid also sends PaymentRecorded, not counted again). Events still on their way when the load " +
                $"stops are waited for, up to {CatchUpLimit.TotalSeconds:0} s, and count with their full lag.",
                $"{probes.Count} probes, each in a clinic of its own, during figure 3's load: book → complete → poll; record a paid payment → poll. " +
                $"Polls every {LagProbe.PollInterval.TotalMilliseconds:0} ms; the lag runs to the answer of the first poll that shows the change " +
                $"(an upper bound by at most one poll's latency plus the interval); {invisible} changes were not visible within " +
                $"{LagProbe.VisibleWithin.TotalSeconds:0} s.",
                drainNote,
                .. probes.Select(p => p.LastMiss).OfType<string>().Distinct().Select(miss => "Not visible in time: " + miss),
            ])
        {
            SampleCounts = new Dictionary<string, long>
            {
                ["events committed"] = census.Committed,
                ["events recorded"] = census.Recorded,
                ["probe events"] = probed.Count,
            },
        };
    }

    public static ReportTable CensusTable(LagCensus census) => new("Events of the window, joined by event id",
        ["committed (outboxes)", "recorded (event log)", "both", "missing", "extra"],
        [[Str(census.Committed), Str(census.Recorded), Str(census.Lags.Count), Str(census.Missing), Str(census.Extra)]]);

    public static LatencyStats Stats(IEnumerable<RecordedLag> lags) =>
        LatencyStats.From(lags.Select(l => l.Milliseconds).ToArray(), TimeSpan.Zero);

    private static IReadOnlyList<string> Row(string name, LatencyStats stats) =>
        [name, stats.Count.ToString(CultureInfo.InvariantCulture), StatsTable.Ms(stats.P50), StatsTable.Ms(stats.P95),
            StatsTable.Ms(stats.P99), StatsTable.Ms(stats.Max)];

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);
}
