using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Tests;

public class LoadRunnerTests
{
    [Fact]
    public async Task The_run_stops_at_its_operation_limit_and_records_only_after_the_warm_up()
    {
        var calls = 0;

        var result = await LoadRunner.RunAsync(new LoadPlan(4, TimeSpan.Zero, TimeSpan.FromSeconds(30), MaxOperations: 1_000),
            async (_, _) =>
            {
                Interlocked.Increment(ref calls);
                await Task.Yield();
                return new Sample("op", 200);
            },
            CancellationToken.None);

        Assert.Equal(1_000, calls);
        Assert.Equal(1_000, result.Stats("op").Latency.Count);
        Assert.True(result.Window < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_run_stops_at_its_duration_and_does_not_record_the_warm_up()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await LoadRunner.RunAsync(new LoadPlan(2, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300)),
            async (_, ct) =>
            {
                // Sent before the warm-up can have ended, or surely after it started.
                var phase = clock.Elapsed < TimeSpan.FromMilliseconds(290) ? "warm-up" : "measured";
                await Task.Delay(5, ct);
                return new Sample(phase, 200);
            },
            CancellationToken.None);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(590), TimeSpan.FromSeconds(10));
        Assert.Equal(0, result.Stats("warm-up").Latency.Count);
        Assert.InRange(result.Window, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(350));
    }

    [Fact]
    public async Task Samples_are_also_kept_per_interval_of_the_measured_window_and_completions_count_the_warm_up()
    {
        // Phases long enough that a worker held up by a busy machine (the whole-app tests beside this one) still
        // completes operations in the warm-up and in every interval.
        var result = await LoadRunner.RunAsync(
            new LoadPlan(2, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1500), Interval: TimeSpan.FromMilliseconds(500)),
            async (_, ct) =>
            {
                await Task.Delay(5, ct);
                return new Sample("op", 200);
            },
            CancellationToken.None);

        Assert.Equal(3, result.Intervals.Count);
        Assert.All(result.Intervals, interval => Assert.True(interval.For("op").Milliseconds.Count > 0));
        Assert.Equal(result.Recorded, result.Intervals.Sum(i => i.For("op").Milliseconds.Count));
        Assert.True(result.Completed > result.Recorded);
    }
}
