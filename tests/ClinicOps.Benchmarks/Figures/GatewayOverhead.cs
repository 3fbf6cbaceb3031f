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

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var targets = context.LoadClinics.SelectMany(c => c.Appointments.Select(id => (c, id))).ToArray();
        var measures = new List<Measure>();
        var series = new List<EndpointStats>();
        var details = new List<object>();
        foreach (var clients in new[] { 1, context.Options.Clients })
        {
            var direct = await RunAsync(context, context.Scheduling, targets, clients, $"direct to scheduling, {clients} client(s)", cancellationToken);
            var viaGateway = await RunAsync(context, context.Gateway, targets, clients, $"through the gateway, {clients} client(s)", cancellationToken);
            series.Add(direct);
            series.Add(viaGateway);
            var p50 = viaGateway.Latency.P50 - direct.Latency.P50;
            var p99 = viaGateway.Latency.P99 - direct.Latency.P99;
            measures.Add(Measure.AtMost($"added p50 at {clients} client(s)", p50, "ms", 2));
            measures.Add(Measure.AtMost($"added p99 at {clients} client(s)", p99, "ms", 5));
            details.Add(new { clients, direct, gateway = viaGateway, addedP50Ms = p50, addedP99Ms = p99, addedMaxMs = viaGateway.Latency.Max - direct.Latency.Max });
        }

        return new FigureResult(1, "gatewayOverhead", Title, measures,
            [StatsTable.Of("GET /api/appointments/{id}", series)], details,
            [
                $"Each series: {context.Options.Warmup.TotalSeconds:0} s warm-up, then {context.Options.OverheadDuration.TotalSeconds:0} s measured; " +
                $"closed loop; the same {targets.Length} appointments of {context.LoadClinics.Count} clinics in the same order on both paths.",
                context.Options.AspireProxies
                    ? "Both paths cross the orchestrator's loopback proxy of their target; the gateway path crosses scheduling's proxy too."
                    : "No orchestrator proxies: the client calls scheduling or the gateway straight, and the gateway calls scheduling straight.",
            ]);
    }

    private static async Task<EndpointStats> RunAsync(BenchContext context, ApiClient client, (BenchClinic Clinic, Guid Id)[] targets,
        int clients, string label, CancellationToken cancellationToken)
    {
        context.Log($"  gateway overhead: {label}");
        var next = new long[clients];
        var result = await LoadRunner.RunAsync(
            new LoadPlan(clients, context.Options.Warmup, context.Options.OverheadDuration),
            async (worker, ct) =>
            {
                var (clinic, id) = targets[(int)((worker + next[worker]++ * clients) % targets.Length)];
                return new Sample(label, await client.StatusAsync(HttpMethod.Get, $"/api/appointments/{id}", clinic.Token, cancellationToken: ct));
            },
            cancellationToken);
        return result.Stats(label);
    }
}
