using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Tests;

public class OpenLoopRunnerTests
{
    [Fact]
    public async Task An_open_loop_sends_on_schedule_however_long_the_answers_take()
    {
        var result = await OpenLoopRunner.RunAsync(new OpenLoopPlan(100, TimeSpan.Zero, TimeSpan.FromSeconds(1)),
            async ct =>
            {
                await Task.Delay(300, ct);
                return new Sample("slow", 200);
            },
            CancellationToken.None);

        Assert.Equal(100, result.Due);
        Assert.Equal(100, result.Load.Stats("slow").Ok);
        Assert.True(result.MostInFlight >= 20, $"at most {result.MostInFlight} in flight");
        Assert.True(result.Load.Stats("slow").Latency.P50 >= 300);
    }

    [Fact]
    public async Task Latency_runs_from_when_a_request_was_due_so_a_backlog_shows()
    {
        // One request at a time, 100 ms each, due every 20 ms: each waits for the ones before it.
        var result = await OpenLoopRunner.RunAsync(new OpenLoopPlan(50, TimeSpan.Zero, TimeSpan.FromMilliseconds(500), MaxInFlight: 1),
            async ct =>
            {
                await Task.Delay(100, ct);
                return new Sample("queued", 200);
            },
            CancellationToken.None);

        var latency = result.Load.Stats("queued").Latency;
        Assert.Equal(25, latency.Count);
        Assert.True(latency.Max > 1_500, $"the last one waited {latency.Max} ms");
        Assert.True(result.SendDelay.Max > 1_000);
    }

    [Fact]
    public async Task The_warm_up_is_sent_but_not_recorded()
    {
        var result = await OpenLoopRunner.RunAsync(new OpenLoopPlan(100, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300)),
            _ => Task.FromResult(new Sample("op", 200)),
            CancellationToken.None);

        Assert.Equal(30, result.Due);
        Assert.Equal(30, result.Load.Recorded);
        Assert.Equal(60, result.Load.Completed);
    }
}
