namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// Requests sent at a fixed <paramref name="RatePerSecond"/>, whatever the answers do: first for
/// <paramref name="Warmup"/> (not recorded), then for <paramref name="Duration"/> (recorded). At most
/// <paramref name="MaxInFlight"/> wait for their answers at once; a request that finds them all busy is sent late
/// and its latency still counts from when it was due.
/// </summary>
public sealed record OpenLoopPlan(double RatePerSecond, TimeSpan Warmup, TimeSpan Duration, int MaxInFlight = 2_000);
