namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// A fixed number of workers, each calling its operation back to back: first for <paramref name="Warmup"/>
/// (not recorded), then for <paramref name="Duration"/> (recorded), never more than <paramref name="MaxOperations"/>
/// operations in all.
/// </summary>
public sealed record LoadPlan(int Workers, TimeSpan Warmup, TimeSpan Duration, long MaxOperations = 5_000_000);
