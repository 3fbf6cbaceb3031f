using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 1: the same authenticated GET /api/appointments/{id} (same tokens, same ids, same order) straight to
/// scheduling and through the gateway, at 1 and at 50 clients; the gateway's cost is the difference.
/// </summary>
public static class GatewayOverhead
{
    public const string Title = "Gateway overhead";
    private const int Rounds = 4;

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var targets = context.LoadClinics.SelectMany(c => c.Appointments.Select(id => (c, id))).ToArray();
        var measures = new List<Measure>();
        var series = new List<EndpointStats>();
        var details = new List<object>();
        foreach (var clients in new[] { 1, context.Options.Clients })
        {
            // Alternate short rounds of the two paths, so drift on a shared machine (background work, other
            // processes) falls on both alike.
            var direct = new SampleRecorder();
            var viaGateway = new SampleRecorder();
            var (directWindow, gatewayWindow) = (TimeSpan.Zero, TimeSpan.Zero);
            var directLabel = $"direct to scheduling, {clients} client(s)";
            var gatewayLabel = $"through the gateway, {clients} client(s)";
            context.Log($"  gateway overhead: {clients} client(s), {Rounds} alternating rounds");
            for (var round = 0; round < Rounds; round++)
            {
                directWindow += await RunAsync(context, context.Scheduling, targets, clients, directLabel, round == 0, direct, cancellationToken);
                gatewayWindow += await RunAsync(context, context.Gateway, targets, clients, gatewayLabel, round == 0, viaGateway, cancellationToken);
            }

            var directStats = direct.For(directLabel).ToStats(directLabel, directWindow);
            var gatewayStats = viaGateway.For(gatewayLabel).ToStats(gatewayLabel, gatewayWindow);
            series.Add(directStats);
            series.Add(gatewayStats);
            var p50 = gatewayStats.Latency.P50 - directStats.Latency.P50;
            var p99 = gatewayStats.Latency.P99 - directStats.Latency.P99;
            measures.Add(Measure.AtMost($"added p50 at {clients} client(s)", p50, "ms", 2));
            measures.Add(Measure.AtMost($"added p99 at {clients} client(s)", p99, "ms", 5));
            details.Add(new
            {
                clients,
                direct = directStats,
                gateway = gatewayStats,
                addedP50Ms = p50,
                addedP99Ms = p99,
                addedMaxMs = gatewayStats.Latency.Max - directStats.Latency.Max,
            });
        }

        return new FigureResult(1, "gatewayOverhead", Title, measures,
            [StatsTable.Of("GET /api/appointments/{id}", series)], details,
            [
                $"Each series: {context.Options.Warmup.TotalSeconds:0} s warm-up, then {context.Options.OverheadDuration.TotalSeconds:0} s measured " +
                $"in {Rounds} rounds alternating with the other path; closed loop; the same {targets.Length} appointments of " +
                $"{context.LoadClinics.Count} clinics in the same order on both paths.",
                context.Options.AspireProxies
                    ? "Both paths cross the orchestrator's loopback proxy of their target; the gateway path crosses scheduling's proxy too."
                    : "No orchestrator proxies: the client calls scheduling or the gateway straight, and the gateway calls scheduling straight.",
            ]);
    }

    /// <summary>One round of one path; its samples go to <paramref name="into"/>; answers the measured window.</summary>
    private static async Task<TimeSpan> RunAsync(BenchContext context, ApiClient client, (BenchClinic Clinic, Guid Id)[] targets,
        int clients, string label, bool warmUp, SampleRecorder into, CancellationToken cancellationToken)
    {
        var next = new long[clients];
        var result = await LoadRunner.RunAsync(
            new LoadPlan(clients, warmUp ? context.Options.Warmup : TimeSpan.FromMilliseconds(200), context.Options.OverheadDuration / Rounds),
            async (worker, ct) =>
            {
                var (clinic, id) = targets[(int)((worker + next[worker]++ * clients) % targets.Length)];
                return new Sample(label, await client.StatusAsync(HttpMethod.Get, $"/api/appointments/{id}", clinic.Token, cancellationToken: ct));
            },
            cancellationToken);
        into.Add(result.Samples);
        return result.Window;
    }
}
