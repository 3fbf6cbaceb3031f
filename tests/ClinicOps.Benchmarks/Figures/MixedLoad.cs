using System.Diagnostics;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 3: 50 <see cref="MixedWorker"/>s through the gateway for 60 s, closed loop, and beside them the
/// <see cref="LagProbe"/>s of figure 4 in clinics of their own, whose requests are kept out of this figure's rows. The
/// requests per second it reaches are the capacity figure 8's open loop runs at half of.
/// </summary>
public static class MixedLoad
{
    public const string Title = "Latency under a mixed load";

    public static async Task<(FigureResult Mixed, FigureResult Lag)> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var workers = Enumerable.Range(0, options.Clients)
            .Select(i => new MixedWorker(context.LoadClinics[i % context.LoadClinics.Count], context.Gateway, i))
            .ToArray();
        var probes = context.ProbeClinics.Select(c => new LagProbe(c, context.Gateway)).ToArray();
        context.Log($"  mixed load: {workers.Length} mixed clients + {probes.Length} lag probes for {options.MixedDuration.TotalSeconds:0} s");

        // Start from a quiet app: events still queued from the booking figure would otherwise be measured as this figure's lag.
        var before = await Quiescence.WaitAsync(context.App, TimeSpan.FromMinutes(3), cancellationToken);
        var drainNote = $"Before the load {before}.";
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
        var loadEnded = Stopwatch.StartNew();

        var backlog = await OutboxBacklog.ReadAsync(context.App, cancellationToken);
        var connections = await CensusAsync(context, cancellationToken);
        var after = await Quiescence.WaitAsync(context.App, ReadModelLag.CatchUpLimit, cancellationToken);
        var cpu = CpuUsage.Now(context.App).Since(cpuBefore);
        context.Log($"  mixed load: after the load {after}");
        var census = await LagCensus.ReadAsync(context.App, windowStart, windowEnd,
            ReadModelLag.CatchUpLimit - loadEnded.Elapsed, cancellationToken);
        var probeSamples = SampleRecorder.Merge(probes.Select(p => p.Samples));
        var mixed = Summarise(context, result, cpu, after, probeSamples, connections);
        context.MixedRequestsPerSecond = result.Window.TotalSeconds > 0 ? result.Recorded / result.Window.TotalSeconds : null;
        return (mixed, ReadModelLag.Summarise(context, census, probes, new LoadResult(probeSamples, result.Window), backlog, drainNote));
    }

    /// <summary>The worst endpoint's p99 of the reads (GET) and of the writes (everything else).</summary>
    public static (EndpointStats? Read, EndpointStats? Write) Worst(IReadOnlyList<EndpointStats> stats) =>
        (stats.Where(IsRead).MaxBy(s => s.Latency.P99), stats.Where(s => !IsRead(s)).MaxBy(s => s.Latency.P99));

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

    private static FigureResult Summarise(BenchContext context, LoadResult result, IReadOnlyList<(string Group, double Seconds)> cpu,
        Quiescence after, SampleRecorder probeSamples, string connections)
    {
        var options = context.Options;
        var stats = result.AllStats();
        var window = result.Window;
        var (worstRead, worstWrite) = Worst(stats);
        var probeRequests = probeSamples.Endpoints.Values.Sum(e => e.Milliseconds.Count);
        var requests = result.Completed + probeRequests;
        var appCpu = cpu.Where(c => c.Group != CpuUsage.Benchmark).Sum(c => c.Seconds);
        const string cpuName = "CPU per request, every app process, until every consumer caught up";
        return new FigureResult(3, "mixedLoad", Title,
            [
                Measure.Info($"reads p99, {LoadRunner.CoordinatedOmission} (worst: {worstRead?.Endpoint})", worstRead?.Latency.P99 ?? 0, "ms"),
                Measure.Info($"writes p99, {LoadRunner.CoordinatedOmission} (worst: {worstWrite?.Endpoint})", worstWrite?.Latency.P99 ?? 0, "ms"),
                Measure.AtMost("5xx answers", stats.Sum(s => s.ServerErrors), "", 0),
                Measure.Info("other errors (4xx, no answer)", stats.Sum(s => s.ClientErrors + s.TransportErrors), ""),
                Measure.AtLeast($"requests/s at {options.Clients} closed-loop clients, all endpoints", window.TotalSeconds > 0 ? result.Recorded / window.TotalSeconds : 0, "/s", 700),
                after.Drained && requests > 0 ? Measure.Info(cpuName, appCpu * 1000 / requests, "ms") : Measure.NotTaken(cpuName, "ms", "—"),
            ],
            [
                StatsTable.Of($"{options.Clients} clients, {window.TotalSeconds:0} s ({LoadRunner.CoordinatedOmission})", stats),
                CpuTable.Of(cpu, options.Warmup + window + after.Took,
                    $"from the start of the load until every consumer caught up ({options.Warmup.TotalSeconds:0} s warm-up + {window.TotalSeconds:0} s + {after.Took.TotalSeconds:0.0} s)"),
            ],
            new
            {
                windowSeconds = window.TotalSeconds, endpoints = stats, cpuSeconds = cpu.ToDictionary(c => c.Group, c => c.Seconds), appCpuSeconds = appCpu,
                requestsIncludingWarmupAndProbes = requests, drain = after,
            },
            [
                $"{options.Clients} mixed clients over {context.LoadClinics.Count} clinics " +
                "(35% get an appointment, 12% a doctor's list, 13% dashboard, 16% book, 8% complete, 3% cancel, 7% pending payment, " +
                $"6% mark paid), closed loop, through the gateway. Beside them {context.ProbeClinics.Count} read-model lag probes (figure 4) in clinics " +
                $"of their own sent {probeRequests} requests ({(window.TotalSeconds > 0 ? probeRequests / window.TotalSeconds : 0):0} /s): they load the app " +
                "but are not in this figure's rows or rate.",
                "Reads are GET endpoints, writes the others; the headline gives the worst endpoint of each.",
                $"CPU per request: CPU seconds of every process of the app's resources (not the load generator) from the start of the load " +
                $"until every consumer caught up, divided by every request answered meanwhile ({requests}: warm-up and probes included). After the load {after}.",
                LoadRunner.CoordinatedOmissionNote,
                connections,
            ])
        {
            SampleCounts = stats.ToDictionary(s => s.Endpoint, s => s.Latency.Count),
        };
    }

    private static bool IsRead(EndpointStats stats) => stats.Endpoint.StartsWith("GET ", StringComparison.Ordinal);
}
