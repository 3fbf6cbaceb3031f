using System.Diagnostics;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 3: 50 clients through the gateway for 60 s — <see cref="MixedWorker"/>s plus the <see cref="LagProbe"/>s
/// of figure 4, which run in the same window and count among the 50.
/// </summary>
public static class MixedLoad
{
    public const string Title = "Latency under a mixed load";

    public static async Task<(FigureResult Mixed, FigureResult Lag)> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var workers = Enumerable.Range(0, options.Clients - options.LagProbes)
            .Select(i => new MixedWorker(context.LoadClinics[i % context.LoadClinics.Count], context.Gateway, i))
            .ToArray();
        var probes = context.ProbeClinics.Select(c => new LagProbe(c, context.Gateway)).ToArray();
        context.Log($"  mixed load: {workers.Length} mixed clients + {probes.Length} lag probes for {options.MixedDuration.TotalSeconds:0} s");

        var load = LoadRunner.RunAsync(new LoadPlan(workers.Length, options.Warmup, options.MixedDuration),
            (worker, ct) => workers[worker].NextAsync(ct), cancellationToken);
        await Task.Delay(options.Warmup, cancellationToken);
        var stopAt = Stopwatch.GetTimestamp() + (long)(options.MixedDuration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(probes.Select(p => Task.Run(() => p.RunAsync(stopAt, 100_000, cancellationToken), cancellationToken)));
        var result = await load;
        foreach (var probe in probes)
        {
            result.Samples.Add(probe.Samples);
        }

        var backlog = await OutboxBacklog.ReadAsync(context.App, cancellationToken);
        var stats = result.AllStats();
        return (Summarise(context, stats, result.Window), ReadModelLag.Summarise(context, probes, backlog));
    }

    private static FigureResult Summarise(BenchContext context, IReadOnlyList<EndpointStats> stats, TimeSpan window)
    {
        var reads = stats.Where(IsRead).ToArray();
        var writes = stats.Where(s => !IsRead(s)).ToArray();
        var worstRead = reads.MaxBy(s => s.Latency.P99);
        var worstWrite = writes.MaxBy(s => s.Latency.P99);
        var total = stats.Sum(s => s.Latency.Count);
        return new FigureResult(3, "mixedLoad", Title,
            [
                Measure.AtMost($"reads p99 (worst: {worstRead?.Endpoint})", worstRead?.Latency.P99 ?? 0, "ms", 150),
                Measure.AtMost($"writes p99 (worst: {worstWrite?.Endpoint})", worstWrite?.Latency.P99 ?? 0, "ms", 250),
                Measure.AtMost("5xx answers", stats.Sum(s => s.ServerErrors), "", 0),
                Measure.Info("other errors (4xx, no answer)", stats.Sum(s => s.ClientErrors + s.TransportErrors), ""),
                Measure.Info("requests/s, all endpoints", window.TotalSeconds > 0 ? total / window.TotalSeconds : 0, "/s"),
            ],
            [StatsTable.Of($"{context.Options.Clients} clients, {window.TotalSeconds:0} s", stats)],
            new { windowSeconds = window.TotalSeconds, endpoints = stats },
            [
                $"{context.Options.Clients - context.Options.LagProbes} mixed clients over {context.LoadClinics.Count} clinics " +
                "(35% get an appointment, 12% a doctor's list, 13% dashboard, 16% book, 8% complete, 3% cancel, 7% pending payment, " +
                $"6% mark paid) and {context.Options.LagProbes} read-model lag probes (figure 4), closed loop, through the gateway.",
                "Reads are GET endpoints (target p99 ≤ 150 ms), writes POST endpoints (target p99 ≤ 250 ms); the worst endpoint is held to the target.",
            ]);
    }

    private static bool IsRead(EndpointStats stats) => stats.Endpoint.StartsWith("GET ", StringComparison.Ordinal);
}
