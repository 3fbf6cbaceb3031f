using System.Globalization;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 9 (--soak): figure 3's mixed load kept up for ten minutes, followed minute by minute — requests per second,
/// the read model's lag for the events of that minute, the app's memory — to show whether the read model falls
/// further behind the longer the load lasts: the last minute's lag p99 should stay within 1.2× the first's.
/// </summary>
public static class SustainedLoad
{
    public const string Title = "Sustained load";
    public const double GrowthTarget = 1.2;
    private const double Mib = 1024.0;

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var growthName = $"lag p99, last {IntervalName(options)} as a multiple of the first";
        if (!options.RunsSoak)
        {
            return new FigureResult(9, "sustainedLoad", Title,
                [Measure.NotTaken(growthName, "×", Measure.AtMostText(GrowthTarget, "×"))], [], null,
                [$"Not run: `./clinicops benchmark --soak` adds {options.SoakIntervals} minutes of figure 3's load, followed minute by minute."]);
        }

        var span = options.SoakInterval * options.SoakIntervals;
        var workers = Enumerable.Range(0, options.Clients)
            .Select(i => new MixedWorker(context.LoadClinics[i % context.LoadClinics.Count], context.Gateway, 10_000 + i))
            .ToArray();
        var before = await Quiescence.WaitAsync(context.App, TimeSpan.FromMinutes(3), cancellationToken);
        context.Log($"  sustained load: {options.Clients} clients for {span.TotalMinutes:0.#} min (before it {before})");
        var windowStart = DateTimeOffset.UtcNow + options.Warmup;
        // The load outlasts an access token (15 minutes): tokens are rotated as they age, beside the load, so that no
        // minute's figures count requests refused for an expired token.
        using var refreshing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var refresher = KeepTokensFreshAsync(context, refreshing.Token);
        var result = await LoadRunner.RunAsync(
            new LoadPlan(options.Clients, options.Warmup, span, Interval: options.SoakInterval),
            (worker, ct) => workers[worker].NextAsync(ct), cancellationToken);
        await refreshing.CancelAsync();
        await refresher;
        var windowEnd = windowStart + result.Window;
        var after = await Quiescence.WaitAsync(context.App, ReadModelLag.CatchUpLimit, cancellationToken);
        var census = await LagCensus.ReadAsync(context.App, windowStart, windowEnd, ReadModelLag.CatchUpLimit, cancellationToken);
        var readings = context.Memory.Readings;

        var intervals = Enumerable.Range(0, options.SoakIntervals).Select(i =>
        {
            var from = windowStart + options.SoakInterval * i;
            var to = from + options.SoakInterval;
            var samples = result.Intervals[i];
            var requests = samples.Endpoints.Values.Sum(e => e.Milliseconds.Count);
            var errors = samples.Endpoints.Values.Sum(e => e.Statuses.Where(s => s.Key is 0 or >= 500).Sum(s => s.Value));
            var memory = readings.Where(r => r.At >= from && r.At < to).ToArray();
            return new
            {
                Index = i + 1,
                RequestsPerSecond = requests / options.SoakInterval.TotalSeconds,
                Errors = errors,
                Lag = ReadModelLag.Stats(census.Between(from, to)),
                PeakPssMib = memory.Length > 0 ? memory.Max(r => r.PssKib) / Mib : 0,
                PeakRssMib = memory.Length > 0 ? memory.Max(r => r.RssKib) / Mib : 0,
                MemoryReadings = memory.Length,
            };
        }).ToArray();
        var (first, last) = (intervals[0], intervals[^1]);
        var all = ReadModelLag.Stats(census.Lags);
        return new FigureResult(9, "sustainedLoad", Title,
            [
                first.Lag.P99 > 0
                    ? Measure.AtMost(growthName, last.Lag.P99 / first.Lag.P99, "×", GrowthTarget)
                    : Measure.Unmeasurable(growthName, "×", Measure.AtMostText(GrowthTarget, "×")),
                Measure.Info($"lag p99, first {IntervalName(options)}", first.Lag.P99, "ms"),
                Measure.Info($"lag p99, last {IntervalName(options)}", last.Lag.P99, "ms"),
                Measure.Info($"lag p99 over all {span.TotalMinutes:0.#} min", all.P99, "ms"),
                Measure.Info($"requests/s, last {IntervalName(options)} as a multiple of the first", first.RequestsPerSecond > 0 ? last.RequestsPerSecond / first.RequestsPerSecond : 0, "×"),
                Measure.Info("memory peak, shared pages once (PSS sum)", intervals.Max(i => i.PeakPssMib) / 1024, "GiB"),
                Measure.AtMost($"events committed but not recorded {ReadModelLag.CatchUpLimit.TotalSeconds:0} s after the load", census.Missing, "", 0),
            ],
            [
                new ReportTable($"Per {IntervalName(options)} ({options.Clients} closed-loop clients; lag of the events that happened in it)",
                    [IntervalName(options), "requests/s", "5xx or no answer", "events", "lag p50 ms", "lag p99 ms", "lag max ms", "PSS peak MiB", "RSS peak MiB"],
                    [.. intervals.Select(i => (IReadOnlyList<string>)
                    [
                        Str(i.Index), i.RequestsPerSecond.ToString("0.0", CultureInfo.InvariantCulture), Str(i.Errors), Str(i.Lag.Count),
                        StatsTable.Ms(i.Lag.P50), StatsTable.Ms(i.Lag.P99), StatsTable.Ms(i.Lag.Max),
                        i.PeakPssMib.ToString("0", CultureInfo.InvariantCulture), i.PeakRssMib.ToString("0", CultureInfo.InvariantCulture),
                    ])]),
                ReadModelLag.CensusTable(census),
                StatsTable.Of($"All {span.TotalMinutes:0.#} min ({LoadRunner.CoordinatedOmission})", result.AllStats()),
            ],
            new { intervalSeconds = options.SoakInterval.TotalSeconds, intervals, lag = all, census = new { census.Committed, census.Recorded, census.Missing, census.Extra }, drain = after },
            [
                $"Figure 3's mixed load ({options.Clients} closed-loop clients through the gateway, no probes) for {span.TotalMinutes:0.#} min after " +
                $"{options.Warmup.TotalSeconds:0} s of warm-up. Requests count in the {IntervalName(options)} they were sent in; events in the one they happened in, " +
                $"with their lag from the databases as in figure 4 (joined by event id; the last ones waited for up to {ReadModelLag.CatchUpLimit.TotalSeconds:0} s).",
                $"Memory: the app's processes read every {MemorySampler.Interval.TotalSeconds:0} s; the peak of the readings in each {IntervalName(options)}.",
                $"Before the load {before}; after it {after}.",
                LoadRunner.CoordinatedOmissionNote,
            ])
        {
            SampleCounts = new Dictionary<string, long>
            {
                ["requests"] = result.Recorded,
                ["events recorded"] = census.Lags.Count,
                ["memory readings"] = intervals.Sum(i => i.MemoryReadings),
                ["requests in the emptiest interval"] = result.Intervals.Min(r => r.Endpoints.Values.Sum(e => (long)e.Milliseconds.Count)),
                ["events in the emptiest interval"] = intervals.Min(i => i.Lag.Count),
            },
        };
    }

    private static string IntervalName(BenchmarkOptions options) =>
        options.SoakInterval == TimeSpan.FromMinutes(1) ? "minute" : $"{options.SoakInterval.TotalSeconds:0} s interval";

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task KeepTokensFreshAsync(BenchContext context, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await context.RefreshTokensAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The load has ended.
        }
    }
}
