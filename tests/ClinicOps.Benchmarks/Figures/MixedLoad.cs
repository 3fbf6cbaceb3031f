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

        // Start from a quiet app: events still queued from the booking figure would otherwise be measured as this figure's lag.
        var (queued, drainTook, drained) = await OutboxBacklog.WaitDrainedAsync(context.App, TimeSpan.FromMinutes(3), cancellationToken);
        var drainNote = queued == 0
            ? "Before the load no service had unsent events."
            : $"Before the load the services' outboxes held {queued} unsent events from the previous figure; " +
              (drained ? $"every outbox was empty {drainTook.TotalSeconds:0} s later (consumers publish events of their own meanwhile, e.g. reminders')."
                       : $"they were not all published after {drainTook.TotalSeconds:0} s.");
        context.Log("  mixed load: " + drainNote);
        var cpuBefore = CpuUsage.Now(context.App);
        var load = LoadRunner.RunAsync(new LoadPlan(workers.Length, options.Warmup, options.MixedDuration),
            (worker, ct) => workers[worker].NextAsync(ct), cancellationToken);
        await Task.Delay(options.Warmup, cancellationToken);
        var windowStart = DateTimeOffset.UtcNow;
        var stopAt = Stopwatch.GetTimestamp() + (long)(options.MixedDuration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(probes.Select(p => Task.Run(() => p.RunAsync(stopAt, 100_000, cancellationToken), cancellationToken)));
        var result = await load;
        var windowEnd = DateTimeOffset.UtcNow;
        var cpu = CpuUsage.Now(context.App).Since(cpuBefore);
        foreach (var probe in probes)
        {
            result.Samples.Add(probe.Samples);
        }

        var backlog = await OutboxBacklog.ReadAsync(context.App, cancellationToken);
        var connections = await CensusAsync(context, cancellationToken);
        var (lags, missing) = await RecordedLag.ReadAsync(context.App, windowStart, windowEnd, ReadModelLag.CatchUpLimit, cancellationToken);
        var stats = result.AllStats();
        return (Summarise(context, stats, result.Window, cpu, connections),
            ReadModelLag.Summarise(context, lags, missing, probes, backlog, drainNote));
    }

    private static async Task<string> CensusAsync(BenchContext context, CancellationToken cancellationToken)
    {
        try
        {
            return "Server connections right after the load: " + await ConnectionCensus.TakeAsync(context.App, cancellationToken) + ".";
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "53300")
        {
            return "Right after the load the server refused one more connection: all max_connections were in use.";
        }
    }

    private static FigureResult Summarise(BenchContext context, IReadOnlyList<EndpointStats> stats, TimeSpan window,
        IReadOnlyList<(string Group, double Seconds)> cpu, string connections)
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
            [
                StatsTable.Of($"{context.Options.Clients} clients, {window.TotalSeconds:0} s", stats),
                CpuTable.Of(cpu, window + context.Options.Warmup),
            ],
            new { windowSeconds = window.TotalSeconds, endpoints = stats, cpuSeconds = cpu.ToDictionary(c => c.Group, c => c.Seconds) },
            [
                $"{context.Options.Clients - context.Options.LagProbes} mixed clients over {context.LoadClinics.Count} clinics " +
                "(35% get an appointment, 12% a doctor's list, 13% dashboard, 16% book, 8% complete, 3% cancel, 7% pending payment, " +
                $"6% mark paid) and {context.Options.LagProbes} read-model lag probes (figure 4), closed loop, through the gateway.",
                "Reads are GET endpoints (target p99 ≤ 150 ms), writes POST endpoints (target p99 ≤ 250 ms); the worst endpoint is held to the target.",
                connections,
            ]);
    }

    private static bool IsRead(EndpointStats stats) => stats.Endpoint.StartsWith("GET ", StringComparison.Ordinal);
}
