using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Tests;

public class LatencyStatsTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_on_the_sorted_samples()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

        var stats = LatencyStats.From(samples, TimeSpan.FromSeconds(10));

        Assert.Equal(100, stats.Count);
        Assert.Equal(50, stats.P50);
        Assert.Equal(95, stats.P95);
        Assert.Equal(99, stats.P99);
        Assert.Equal(100, stats.Max);
        Assert.Equal(50.5, stats.Mean);
        Assert.Equal(10, stats.Rps);
    }

    [Fact]
    public void A_percentile_of_few_samples_is_never_below_the_share_it_names()
    {
        double[] sorted = [1, 2, 3];

        Assert.Equal(2, LatencyStats.Percentile(sorted, 50));
        Assert.Equal(3, LatencyStats.Percentile(sorted, 99));
        Assert.Equal(1, LatencyStats.Percentile(sorted, 1));
    }

    [Fact]
    public void No_samples_give_empty_statistics()
    {
        Assert.Equal(LatencyStats.Empty, LatencyStats.From([], TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Recorders_of_several_workers_merge_latencies_and_statuses()
    {
        var first = new SampleRecorder();
        var second = new SampleRecorder();
        first.Record(new Sample("GET /a", 200), 1);
        first.Record(new Sample("GET /a", 503), 9);
        second.Record(new Sample("GET /a", 200), 3);
        second.Record(new Sample("GET /a", 404), 2);
        second.Record(new Sample("POST /b", 0), 30);

        var merged = SampleRecorder.Merge([first, second]);
        var a = merged.For("GET /a").ToStats("GET /a", TimeSpan.FromSeconds(2));

        Assert.Equal(4, a.Latency.Count);
        Assert.Equal(2, a.Ok);
        Assert.Equal(1, a.ClientErrors);
        Assert.Equal(1, a.ServerErrors);
        Assert.Equal(2, a.Latency.Rps);
        Assert.Equal(new Dictionary<string, long> { ["404"] = 1, ["503"] = 1 }, a.Errors);
        Assert.Equal(1, merged.For("POST /b").ToStats("POST /b", TimeSpan.FromSeconds(1)).TransportErrors);
    }
}
