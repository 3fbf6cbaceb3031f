namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// A fixed number of workers, each calling its operation back to back: first for <paramref name="Warmup"/>
/// (not recorded), then for <paramref name="Duration"/> (recorded), never more than <paramref name="MaxOperations"/>
/// operations in all. With an <paramref name="Interval"/>, the samples are also kept per interval of the measured
/// window (by the time each request was sent), for a load that is followed minute by minute.
/// </summary>
public sealed record LoadPlan(int Workers, TimeSpan Warmup, TimeSpan Duration, long MaxOperations = 5_000_000, TimeSpan? Interval = null);
