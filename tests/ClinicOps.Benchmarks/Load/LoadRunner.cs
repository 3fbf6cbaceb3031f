using System.Diagnostics;

namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// Runs an operation from a fixed number of worker tasks, closed loop (each worker waits for its answer before it
/// sends the next request), bounded by time and by count. Each worker records into its own recorder; no locks on
/// the hot path.
/// </summary>
public static class LoadRunner
{
    /// <summary>How long requests still in flight at the end may take before they are abandoned.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <param name="operation">Called with the worker's index; returns what it called and the status it got.</param>
    public static async Task<LoadResult> RunAsync(LoadPlan plan, Func<int, CancellationToken, Task<Sample>> operation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Workers);
        var recorders = new SampleRecorder[plan.Workers];
        var measureFrom = Stopwatch.GetTimestamp() + ToTicks(plan.Warmup);
        var stopAt = measureFrom + ToTicks(plan.Duration);
        long issued = 0;
        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hardStop.CancelAfter(plan.Warmup + plan.Duration + Grace);

        async Task Work(int worker)
        {
            var recorder = new SampleRecorder();
            recorders[worker] = recorder;
            while (Interlocked.Increment(ref issued) <= plan.MaxOperations)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= stopAt)
                {
                    break;
                }

                Sample sample;
                try
                {
                    sample = await operation(worker, hardStop.Token);
                }
                catch (OperationCanceledException) when (hardStop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (start >= measureFrom)
                {
                    recorder.Record(sample, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, plan.Workers).Select(w => Task.Run(() => Work(w), CancellationToken.None)));
        cancellationToken.ThrowIfCancellationRequested();
        var measuredEnd = Math.Min(Stopwatch.GetTimestamp(), stopAt);
        var window = TimeSpan.FromSeconds(Math.Max(0, measuredEnd - measureFrom) / (double)Stopwatch.Frequency);
        return new LoadResult(SampleRecorder.Merge(recorders.Where(r => r is not null)), window);
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
