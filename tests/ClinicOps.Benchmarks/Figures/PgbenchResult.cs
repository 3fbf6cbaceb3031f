namespace ClinicOps.Benchmarks.Figures;

/// <summary>What pgbench printed: transactions per second (without connection time), average latency, count.</summary>
public sealed record PgbenchResult(double Tps, double LatencyAverageMs, long Transactions, string Command, string Version, string Scratch);
