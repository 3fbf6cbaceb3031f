using System.Diagnostics;

namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// Sends requests on a fixed schedule (open loop), as independent clients would: a slow answer does not hold the next
/// request back, and each latency runs from the moment its request was due, so there is no coordinated omission.
/// </summary>
public static class OpenLoopRunner
{
    public static async Task<OpenLoopResult> RunAsync(OpenLoopPlan plan, Func<CancellationToken, Task<Sample>> operation,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.RatePerSecond);
        var ticksApart = Stopwatch.Frequency / plan.RatePerSecond;
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + ToTicks(plan.Warmup);
        var stopAt = measureFrom + ToTicks(plan.Duration);
        var recorder = new SampleRecorder();
        var sendDelays = new List<double>();
        var gate = new Lock();
        var inFlight = new List<Task>();
        using var slots = new SemaphoreSlim(plan.MaxInFlight);
        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hardStop.CancelAfter(plan.Warmup + plan.Duration + LoadRunner.Grace);
        long completed = 0;
        long due = 0;
        var mostInFlight = 0;

        for (long i = 0; ; i++)
        {
            var dueAt = begin + (long)(i * ticksApart);
            if (dueAt >= stopAt)
            {
                break;
            }

            var wait = dueAt - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait / (double)Stopwatch.Frequency), cancellationToken);
            }

            await slots.WaitAsync(cancellationToken);
            mostInFlight = Math.Max(mostInFlight, plan.MaxInFlight - slots.CurrentCount);
            var measured = dueAt >= measureFrom;
            if (measured)
            {
                due++;
                sendDelays.Add(Stopwatch.GetElapsedTime(dueAt).TotalMilliseconds);
            }

            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    var sample = await operation(hardStop.Token);
                    Interlocked.Increment(ref completed);
                    if (measured)
                    {
                        var milliseconds = Stopwatch.GetElapsedTime(dueAt).TotalMilliseconds;
                        lock (gate)
                        {
                            recorder.Record(sample, milliseconds);
                        }
                    }
                }
                catch (OperationCanceledException) when (hardStop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // Still unanswered when the grace after the run ran out: it counts as due but not answered.
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None));
        }

        await Task.WhenAll(inFlight);
        cancellationToken.ThrowIfCancellationRequested();
        return new OpenLoopResult(new LoadResult(recorder, plan.Duration) { Completed = Interlocked.Read(ref completed) },
            due, mostInFlight, LatencyStats.From(sendDelays, plan.Duration));
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
