using System.Collections.Concurrent;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Reads the app's memory every <see cref="Interval"/> while the run goes on, each reading labelled with the phase the
/// run is in, so the footprint can give the peak under load rather than a value read after the last figure.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentQueue<MemoryReading> _readings = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private volatile string _phase;

    public MemorySampler(BenchApp app, string phase)
    {
        _phase = phase;
        _loop = Task.Run(() => LoopAsync(app));
    }

    public IReadOnlyList<MemoryReading> Readings => [.. _readings];

    /// <summary>What the run is doing now; later readings carry it.</summary>
    public void Enter(string phase) => _phase = phase;

    /// <summary>Reads at once (besides the periodic readings) and answers the reading.</summary>
    public MemoryReading ReadNow(BenchApp app)
    {
        var reading = MemoryReading.Of(ProcessTree.Of(app.ResourceProcesses()), _phase, DateTimeOffset.UtcNow);
        _readings.Enqueue(reading);
        return reading;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync(BenchApp app)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                _readings.Enqueue(MemoryReading.Of(ProcessTree.Of(app.ResourceProcesses()), _phase, DateTimeOffset.UtcNow));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}
