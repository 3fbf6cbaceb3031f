using System.Diagnostics;

namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// Runs an operation from a fixed number of worker tasks, closed loop (each worker waits for its answer before it
/// sends the next request), bounded by time and by count. Each worker records into its own recorder; no locks on
/// the hot path. A closed loop suffers coordinated omission: a slow answer holds back the requests its worker would
/// have sent meanwhile, so its percentiles understate what clients arriving on their own would see.
/// </summary>
public static class LoadRunner
{
    /// <summary>Said beside every latency a closed loop measured.</summary>
    public const string CoordinatedOmission = "closed loop, coordinated omission";

    public const string CoordinatedOmissionNote =
        "Coordinated omission: this is a closed loop, where each client waits for its answer before sending again, so a slow " +
        "answer also holds back the requests that would have met the slowness; its percentiles understate what independent " +
        "clients would see. Latency targets are judged in the open-loop run (figure 8).";

    /// <summary>How long requests still in flight at the end may take before they are abandoned.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <param name="operation">Called with the worker's index; returns what it called and the status it got.</param>
    public static async Task<LoadResult> RunAsync(LoadPlan plan, Func<int, CancellationToken, Task<Sample>> operation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plan.Workers);
        var recorders = new SampleRecorder[plan.Workers];
        var intervalRecorders = new SampleRecorder[plan.Workers][];
        var intervalCount = plan.Interval is { } interval ? (int)Math.Ceiling(plan.Duration / interval) : 0;
        var intervalTicks = plan.Interval is { } length ? ToTicks(length) : 0;
        var measureFrom = Stopwatch.GetTimestamp() + ToTicks(plan.Warmup);
        var stopAt = measureFrom + ToTicks(plan.Duration);
        long issued = 0;
        long completed = 0;
        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hardStop.CancelAfter(plan.Warmup + plan.Duration + Grace);

        async Task Work(int worker)
        {
            var recorder = new SampleRecorder();
            var byInterval = Enumerable.Range(0, intervalCount).Select(_ => new SampleRecorder()).ToArray();
            recorders[worker] = recorder;
            intervalRecorders[worker] = byInterval;
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

                Interlocked.Increment(ref completed);
                if (start >= measureFrom)
                {
                    var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    recorder.Record(sample, milliseconds);
                    if (intervalCount > 0)
                    {
                        byInterval[Math.Min(intervalCount - 1, (int)((start - measureFrom) / intervalTicks))].Record(sample, milliseconds);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, plan.Workers).Select(w => Task.Run(() => Work(w), CancellationToken.None)));
        cancellationToken.ThrowIfCancellationRequested();
        var measuredEnd = Math.Min(Stopwatch.GetTimestamp(), stopAt);
        var window = TimeSpan.FromSeconds(Math.Max(0, measuredEnd - measureFrom) / (double)Stopwatch.Frequency);
        var started = intervalRecorders.Where(r => r is not null).ToArray();
        return new LoadResult(SampleRecorder.Merge(recorders.Where(r => r is not null)), window)
        {
            Completed = Interlocked.Read(ref completed),
            Intervals = [.. Enumerable.Range(0, intervalCount).Select(i => SampleRecorder.Merge(started.Select(r => r[i])))],
        };
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
