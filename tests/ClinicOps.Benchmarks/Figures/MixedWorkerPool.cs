using System.Collections.Concurrent;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Mixed workers for an open loop, where any number of requests may be in flight: each request takes an idle worker
/// (a worker is not safe for two requests at once) or makes a new one for the next clinic in turn.
/// </summary>
public sealed class MixedWorkerPool(IReadOnlyList<BenchClinic> clinics, ApiClient gateway)
{
    private readonly ConcurrentBag<MixedWorker> _idle = [];
    private int _created;

    /// <summary>Workers made: the most requests that were in flight at once.</summary>
    public int Created => Volatile.Read(ref _created);

    public async Task<Sample> NextAsync(CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var worker))
        {
            var n = Interlocked.Increment(ref _created);
            worker = new MixedWorker(clinics[n % clinics.Count], gateway, 1_000 + n);
        }

        try
        {
            return await worker.NextAsync(cancellationToken);
        }
        finally
        {
            _idle.Add(worker);
        }
    }
}
