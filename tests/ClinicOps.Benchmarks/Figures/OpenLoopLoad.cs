using System.Globalization;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 8: figure 3's mixed load sent open loop, at a fixed rate of half the requests per second figure 3's closed
/// loop reached — latency below saturation, each request timed from the moment it was due, so without coordinated
/// omission. The latency targets are judged here.
/// </summary>
public static class OpenLoopLoad
{
    public const string Title = "Latency below saturation (open loop)";
    public const double ReadTargetMs = 50;
    public const double WriteTargetMs = 100;

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var capacity = context.MixedRequestsPerSecond
            ?? throw new InvalidOperationException("Figure 3 measured no capacity, so there is no half of it to run at.");
        var rate = capacity / 2;
        var before = await Quiescence.WaitAsync(context.App, TimeSpan.FromMinutes(3), cancellationToken);
        context.Log($"  open loop: {rate:0.0} requests/s for {options.MixedDuration.TotalSeconds:0} s (before it {before})");
        var pool = new MixedWorkerPool(context.LoadClinics, context.Gateway);
        var cpuBefore = CpuUsage.Now(context.App);
        var windowStart = DateTimeOffset.UtcNow + options.Warmup;
        var run = await OpenLoopRunner.RunAsync(new OpenLoopPlan(rate, options.Warmup, options.MixedDuration), pool.NextAsync, cancellationToken);
        var windowEnd = windowStart + options.MixedDuration;
        var after = await Quiescence.WaitAsync(context.App, ReadModelLag.CatchUpLimit, cancellationToken);
        var cpu = CpuUsage.Now(context.App).Since(cpuBefore);
        var census = await LagCensus.ReadAsync(context.App, windowStart, windowEnd, ReadModelLag.CatchUpLimit, cancellationToken);

        var stats = run.Load.AllStats();
        var (worstRead, worstWrite) = MixedLoad.Worst(stats);
        var answered = run.Load.Recorded;
        var lag = ReadModelLag.Stats(census.Lags);
        var appCpu = cpu.Where(c => c.Group != CpuUsage.Benchmark).Sum(c => c.Seconds);
        const string cpuName = "CPU per request, every app process, until every consumer caught up";
        return new FigureResult(8, "openLoop", Title,
            [
                Measure.Info("rate sent (half of figure 3's requests/s)", run.Due / options.MixedDuration.TotalSeconds, "/s"),
                Measure.AtMost($"reads p99 (worst: {worstRead?.Endpoint})", worstRead?.Latency.P99 ?? 0, "ms", ReadTargetMs),
                Measure.AtMost($"writes p99 (worst: {worstWrite?.Endpoint})", worstWrite?.Latency.P99 ?? 0, "ms", WriteTargetMs),
                Measure.AtMost("5xx answers", stats.Sum(s => s.ServerErrors), "", 0),
                Measure.AtMost("requests due but never answered", run.Due - answered, "", 0),
                Measure.Info("read-model lag p99", lag.P99, "ms"),
                after.Drained && run.Load.Completed > 0
                    ? Measure.Info(cpuName, appCpu * 1000 / run.Load.Completed, "ms")
                    : Measure.NotTaken(cpuName, "ms", "—"),
            ],
            [
                StatsTable.Of($"Open loop at {rate:0.0} requests/s, {options.MixedDuration.TotalSeconds:0} s; latency from when each request was due", stats),
                new ReportTable("Read-model lag of the open loop's events (committed → recorded)", ["Count", "p50 ms", "p95 ms", "p99 ms", "max ms"],
                    [[lag.Count.ToString(CultureInfo.InvariantCulture), StatsTable.Ms(lag.P50), StatsTable.Ms(lag.P95), StatsTable.Ms(lag.P99), StatsTable.Ms(lag.Max)]]),
                ReadModelLag.CensusTable(census),
                CpuTable.Of(cpu, options.Warmup + options.MixedDuration + after.Took,
                    $"from the start of the open loop until every consumer caught up ({after.Took.TotalSeconds:0.0} s after it)"),
            ],
            new
            {
                capacity, rate, run.Due, answered, run.MostInFlight, workers = pool.Created, sendDelay = run.SendDelay, endpoints = stats,
                lag, census = new { census.Committed, census.Recorded, census.Missing, census.Extra }, appCpuSeconds = appCpu, drain = after,
            },
            [
                $"The mixed load of figure 3 (same endpoints and shares, same clinics), each request sent when it is due at a fixed {rate:0.0} per second — " +
                $"half of the {capacity:0.0} requests/s figure 3's {options.Clients} closed-loop clients reached — whatever the earlier answers do; " +
                $"{options.Warmup.TotalSeconds:0} s warm-up, then {options.MixedDuration.TotalSeconds:0} s measured.",
                "Latency runs from the moment a request was due, not from when it was sent: a late answer delays nothing else and nothing is " +
                $"omitted. The generator itself sent requests late by p99 {StatsTable.Ms(run.SendDelay.P99)} ms (max {StatsTable.Ms(run.SendDelay.Max)} ms); " +
                $"at most {run.MostInFlight} requests waited for their answer at once.",
                $"Reads are GET endpoints (target p99 ≤ {ReadTargetMs:0} ms), writes the others (target p99 ≤ {WriteTargetMs:0} ms); the worst endpoint is held to the target.",
                $"Before the run {before}; after it {after}.",
            ])
        {
            SampleCounts = stats.ToDictionary(s => s.Endpoint, s => s.Latency.Count),
        };
    }
}
