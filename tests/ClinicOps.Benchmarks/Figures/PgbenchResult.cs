namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// What pgbench printed (transactions per second without connection time, average latency, count) and the WAL the
/// server wrote while it ran.
/// </summary>
public sealed record PgbenchResult(double Tps, double LatencyAverageMs, long Transactions, string Command, string Version, string Scratch)
{
    public long WalBytes { get; init; }

    public double WalBytesPerInsert => Transactions > 0 ? (double)WalBytes / Transactions : 0;
}
