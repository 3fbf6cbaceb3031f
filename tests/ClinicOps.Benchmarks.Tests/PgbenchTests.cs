using ClinicOps.Benchmarks.Figures;

namespace ClinicOps.Benchmarks.Tests;

public class PgbenchTests
{
    [Fact]
    public void The_rate_latency_and_count_are_read_from_pgbench_output()
    {
        const string output = """
            transaction type: insert.sql
            scaling factor: 1
            query mode: simple
            number of clients: 50
            number of threads: 2
            duration: 20 s
            number of transactions actually processed: 251234
            latency average = 3.981 ms
            initial connection time = 45.123 ms
            tps = 12561.712345 (without initial connection time)
            """;

        var result = Pgbench.Parse(output, "pgbench -c 50", "pgbench (PostgreSQL) 15.14", "db.t");

        Assert.Equal(12561.712345, result.Tps);
        Assert.Equal(3.981, result.LatencyAverageMs);
        Assert.Equal(251234, result.Transactions);
    }

    [Fact]
    public void Output_without_a_rate_is_an_error_that_shows_the_output()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pgbench.Parse("FATAL: too many clients", "", "", ""));
        Assert.Contains("too many clients", error.Message);
    }
}
