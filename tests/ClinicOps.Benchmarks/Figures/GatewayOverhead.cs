using System.Globalization;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 1: the same authenticated GET /api/appointments/{id} (same tokens, same ids, same order) on three paths —
/// straight to scheduling, through a bare YARP hop (<see cref="BareProxyServer"/>: no token check, no rate limit) and
/// through the gateway — at 1 and at 50 clients. Each round runs the three paths once in an order shuffled per round,
/// so drift on a shared machine falls on all alike; a hop's cost is its difference to the direct path within a round,
/// given as the median over the rounds with the spread between them.
/// </summary>
public static class GatewayOverhead
{
    public const string Title = "Gateway overhead";
    public const double RatioTarget = 1.5;
    private const string Direct = "direct to scheduling";
    private const string Bare = "bare YARP hop";
    private const string ViaGateway = "through the gateway";

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var targets = context.LoadClinics.SelectMany(c => c.Appointments.Select(id => (c, id))).ToArray();
        await using var bare = await BareProxy.StartAsync(context.App.Endpoint(ResourceNames.Scheduling), "/alive", cancellationToken);
        using var bareClient = new ApiClient(bare.Endpoint);
        // The gateway has served the set-up; the new proxy process first gets as long to compile its hot paths.
        context.Log("  gateway overhead: warming the bare YARP hop");
        await RunRoundAsync(context, bareClient, targets, options.Clients, "warm-up", warmUp: true, cancellationToken);
        (string Name, ApiClient Client, Func<double> Cpu)[] paths =
        [
            (Direct, context.Scheduling, () => 0),
            (Bare, bareClient, () => bare.CpuSeconds),
            (ViaGateway, context.Gateway, () => GatewayCpu(context.App)),
        ];
        var shuffle = new Random(24);
        var measures = new List<Measure>();
        var series = new List<EndpointStats>();
        var roundRows = new List<IReadOnlyList<string>>();
        var cpuRows = new List<IReadOnlyList<string>>();
        var details = new List<object>();
        foreach (var clients in new[] { 1, options.Clients })
        {
            context.Log($"  gateway overhead: {clients} client(s), {options.OverheadRounds} rounds of the three paths in shuffled orders");
            var pooled = paths.ToDictionary(p => p.Name, _ => new SampleRecorder());
            var windows = paths.ToDictionary(p => p.Name, _ => TimeSpan.Zero);
            var cpu = paths.ToDictionary(p => p.Name, _ => (Seconds: 0.0, Requests: 0L));
            var rounds = new List<(string Order, Dictionary<string, EndpointStats> Stats)>();
            for (var round = 0; round < options.OverheadRounds; round++)
            {
                var order = paths.ToArray();
                shuffle.Shuffle(order);
                var stats = new Dictionary<string, EndpointStats>();
                foreach (var (name, client, cpuNow) in order)
                {
                    var label = $"{name}, {clients} client(s)";
                    var cpuBefore = cpuNow();
                    var result = await RunRoundAsync(context, client, targets, clients, label, round == 0, cancellationToken);
                    cpu[name] = (cpu[name].Seconds + cpuNow() - cpuBefore, cpu[name].Requests + result.Completed);
                    pooled[name].Add(result.Samples);
                    windows[name] += result.Window;
                    stats[name] = result.Stats(label);
                }

                rounds.Add((string.Join(" → ", order.Select(p => p.Name)), stats));
            }

            var all = paths.ToDictionary(p => p.Name, p => pooled[p.Name].For($"{p.Name}, {clients} client(s)").ToStats($"{p.Name}, {clients} client(s)", windows[p.Name]));
            series.AddRange(all.Values);
            double[] Added(string path, Func<LatencyStats, double> pick) =>
                [.. rounds.Select(r => pick(r.Stats[path].Latency) - pick(r.Stats[Direct].Latency))];
            var (gatewayP50, gatewayP99) = (Added(ViaGateway, l => l.P50), Added(ViaGateway, l => l.P99));
            var (bareP50, bareP99) = (Added(Bare, l => l.P50), Added(Bare, l => l.P99));
            var caveat = $"median of {options.OverheadRounds} rounds ({LoadRunner.CoordinatedOmission})";
            measures.Add(Measure.AtMost($"added p50 at {clients} client(s), {caveat}", Median(gatewayP50), "ms", 2));
            measures.Add(Measure.AtMost($"added p99 at {clients} client(s), {caveat}", Median(gatewayP99), "ms", 5));
            measures.Add(Measure.Info($"added p99 at {clients} client(s): spread across rounds (highest − lowest)", gatewayP99.Max() - gatewayP99.Min(), "ms"));
            if (clients == options.Clients)
            {
                measures.Add(Measure.Info($"bare YARP hop: added p50 at {clients} client(s), median of rounds", Median(bareP50), "ms"));
                measures.Add(Median(bareP50) > 0
                    ? Measure.AtMost($"gateway's added p50 at {clients} clients as a multiple of the bare YARP hop's", Median(gatewayP50) / Median(bareP50), "×", RatioTarget)
                    : Measure.Unmeasurable($"gateway's added p50 at {clients} clients as a multiple of the bare YARP hop's", "×", Measure.AtMostText(RatioTarget, "×")));
                measures.Add(Measure.Info("gateway CPU per request", PerRequestMs(cpu[ViaGateway]), "ms"));
                measures.Add(Measure.Info("bare YARP hop CPU per request", PerRequestMs(cpu[Bare]), "ms"));
            }

            roundRows.AddRange(rounds.Select((r, i) => (IReadOnlyList<string>)
            [
                Str(clients), Str(i + 1), r.Order,
                PairMs(r.Stats[Direct].Latency), PairMs(r.Stats[Bare].Latency), PairMs(r.Stats[ViaGateway].Latency),
                $"{StatsTable.Ms(gatewayP50[i])} / {StatsTable.Ms(gatewayP99[i])}", $"{StatsTable.Ms(bareP50[i])} / {StatsTable.Ms(bareP99[i])}",
            ]));
            cpuRows.AddRange(new[] { Bare, ViaGateway }.Select(path => (IReadOnlyList<string>)
            [
                Str(clients), path, cpu[path].Requests.ToString(CultureInfo.InvariantCulture),
                cpu[path].Seconds.ToString("0.00", CultureInfo.InvariantCulture), StatsTable.Ms(PerRequestMs(cpu[path])),
            ]));
            details.Add(new
            {
                clients,
                series = all,
                rounds = rounds.Select(r => new { r.Order, r.Stats }),
                gatewayAddedP50Ms = gatewayP50,
                gatewayAddedP99Ms = gatewayP99,
                bareAddedP50Ms = bareP50,
                bareAddedP99Ms = bareP99,
                cpu = cpu.ToDictionary(c => c.Key, c => new { c.Value.Seconds, c.Value.Requests }),
            });
        }

        return new FigureResult(1, "gatewayOverhead", Title, measures,
            [
                StatsTable.Of($"GET /api/appointments/{{id}}, all rounds pooled ({LoadRunner.CoordinatedOmission})", series),
                new ReportTable("Each round (order shuffled per round; added = path − direct within the round)",
                    ["Clients", "Round", "Order", "direct p50 / p99 ms", "bare hop p50 / p99 ms", "gateway p50 / p99 ms", "gateway added p50 / p99 ms", "bare hop added p50 / p99 ms"],
                    roundRows),
                new ReportTable("CPU of the hop's own process (warm-up included)", ["Clients", "Hop", "Requests", "CPU s", "CPU ms per request"], cpuRows),
            ],
            details,
            [
                $"Each path: {options.Warmup.TotalSeconds:0} s warm-up in its first round (0.2 s in later ones; the bare hop, a new process, " +
                $"first serves {options.Clients} clients for as long as a round and its warm-up), then " +
                $"{options.OverheadDuration.TotalSeconds:0} s measured in {options.OverheadRounds} rounds; the order of the three paths is shuffled " +
                $"in every round (seeded, so runs repeat it); the same {targets.Length} appointments of {context.LoadClinics.Count} clinics in the same order on every path.",
                "Added latency is the path's percentile minus the direct path's in the same round; the headline gives the median over the rounds, " +
                "the spread is the highest round's added p99 minus the lowest's.",
                "The bare YARP hop is a reverse proxy in a process of its own started by the benchmark (its executable, server GC like the gateway): " +
                "one catch-all route to scheduling, YARP's defaults, no token check, no rate limit, no request id, no logging. Scheduling still checks the token itself.",
                context.Options.AspireProxies
                    ? "Both paths cross the orchestrator's loopback proxy of their target; the gateway path crosses scheduling's proxy too."
                    : "No orchestrator proxies: the client calls scheduling, the bare hop or the gateway straight, and they call scheduling straight.",
                LoadRunner.CoordinatedOmissionNote,
            ])
        {
            SampleCounts = series.ToDictionary(s => s.Endpoint, s => s.Latency.Count),
        };
    }

    /// <summary>One round of one path; answers its samples and window.</summary>
    private static async Task<LoadResult> RunRoundAsync(BenchContext context, ApiClient client, (BenchClinic Clinic, Guid Id)[] targets,
        int clients, string label, bool warmUp, CancellationToken cancellationToken)
    {
        var next = new long[clients];
        var options = context.Options;
        return await LoadRunner.RunAsync(
            new LoadPlan(clients, warmUp ? options.Warmup : TimeSpan.FromMilliseconds(200), options.OverheadDuration / options.OverheadRounds),
            async (worker, ct) =>
            {
                var (clinic, id) = targets[(int)((worker + next[worker]++ * clients) % targets.Length)];
                return new Sample(label, await client.StatusAsync(HttpMethod.Get, $"/api/appointments/{id}", clinic.Token, cancellationToken: ct));
            },
            cancellationToken);
    }

    private static double GatewayCpu(BenchApp app) =>
        CpuUsage.Now(app).Seconds.GetValueOrDefault(ResourceNames.Gateway);

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double PerRequestMs((double Seconds, long Requests) cpu) => cpu.Requests > 0 ? cpu.Seconds * 1000 / cpu.Requests : 0;

    private static string PairMs(LatencyStats stats) => $"{StatsTable.Ms(stats.P50)} / {StatsTable.Ms(stats.P99)}";

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
