using System.Diagnostics;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 5: dashboard latency of a clinic with 10k appointments and of one with 1M (50k in smoke mode), both seeded
/// in bulk into the analytics read model, read one request at a time, alternating between the two clinics.
/// </summary>
public static class Scale
{
    public const string Title = "Scale";
    private static readonly string[] Paths = ["/api/dashboard", "/api/dashboard/doctors"];

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var (small, large) = (context.ScaleClinics[0], context.ScaleClinics[1]);
        var seeder = new AnalyticsSeeder(await context.App.ConnectionStringAsync(ResourceNames.AnalyticsDatabase, cancellationToken));
        var now = DateTimeOffset.UtcNow;
        var seeding = Stopwatch.StartNew();
        context.Log($"  scale: seeding {options.SmallScale:N0} and {options.LargeScale:N0} appointments");
        await seeder.SeedAsync(small.Id, small.Doctors, new SeedShape(options.SmallScale, now), cancellationToken);
        await seeder.SeedAsync(large.Id, large.Doctors, new SeedShape(options.LargeScale, now), cancellationToken);
        var seedSeconds = seeding.Elapsed.TotalSeconds;

        var label = new Dictionary<(int Size, string Path), string>();
        var recorder = new SampleRecorder();
        foreach (var warm in new[] { true, false })
        {
            for (var round = 0; round < (warm ? 20 : options.ScaleRequests); round++)
            {
                foreach (var (clinic, size) in new[] { (small, options.SmallScale), (large, options.LargeScale) })
                {
                    foreach (var path in Paths)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var status = await context.Gateway.StatusAsync(HttpMethod.Get, path, clinic.Token, cancellationToken: cancellationToken);
                        if (!warm)
                        {
                            recorder.Record(new Sample($"GET {path}, {size:N0} appointments", status), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        }
                    }
                }
            }
        }

        var window = TimeSpan.FromSeconds(1);
        var stats = new LoadResult(recorder, window).AllStats();
        EndpointStats Of(string path, int size) => stats.Single(s => s.Endpoint == $"GET {path}, {size:N0} appointments");
        var (dashSmall, dashLarge) = (Of(Paths[0], options.SmallScale), Of(Paths[0], options.LargeScale));
        var (docSmall, docLarge) = (Of(Paths[1], options.SmallScale), Of(Paths[1], options.LargeScale));
        var largeName = options.LargeScale >= 1_000_000 ? $"{options.LargeScale / 1_000_000}M" : $"{options.LargeScale / 1000}k";
        return new FigureResult(5, "scale", Title,
            [
                Measure.Info("dashboard p50, 10k appointments", dashSmall.Latency.P50, "ms"),
                Measure.Info($"dashboard p50, {largeName} appointments", dashLarge.Latency.P50, "ms"),
                Measure.AtMost($"dashboard p50 ratio {largeName} / 10k", Ratio(dashLarge.Latency.P50, dashSmall.Latency.P50), "×", 1.5),
                Measure.Info($"dashboard p99 ratio {largeName} / 10k", Ratio(dashLarge.Latency.P99, dashSmall.Latency.P99), "×"),
                Measure.Info($"per-doctor dashboard p50 ratio {largeName} / 10k", Ratio(docLarge.Latency.P50, docSmall.Latency.P50), "×"),
            ],
            [StatsTable.Of("1 client, requests alternating between the two clinics (req/s column not meaningful)", stats)],
            new { smallAppointments = options.SmallScale, largeAppointments = options.LargeScale, seedSeconds, endpoints = stats },
            [
                $"Seeded with binary COPY into the analytics read model in {seedSeconds:0.0} s: {SeedShape.PerDay} appointments a day, " +
                $"the last {SeedShape.FutureDays} days scheduled ({Math.Min(options.SmallScale, SeedShape.PerDay * SeedShape.FutureDays):N0} upcoming in each clinic), " +
                "the rest completed / cancelled / no-show; clinic and doctor counters raised to match; ANALYZE after.",
                $"{options.ScaleRequests} measured requests per series after 20 warm-up rounds.",
            ]);
    }

    private static double Ratio(double large, double small) => small > 0 ? large / small : 0;
}
