namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// An open-loop run: its samples (latency from when each request was due), how many were due in the measured window,
/// the most requests waiting for an answer at once, and how late the generator itself sent them (its own delay, which
/// the latencies include).
/// </summary>
public sealed record OpenLoopResult(LoadResult Load, long Due, int MostInFlight, LatencyStats SendDelay);
