namespace ClinicOps.Benchmarks.Tests;

public class BenchmarkOptionsTests
{
    [Fact]
    public void A_full_run_follows_the_issue_and_updates_latest()
    {
        var options = BenchmarkOptions.Parse([], "/repo");

        Assert.False(options.Smoke);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MixedDuration);
        Assert.Equal(50, options.Clients);
        Assert.Equal(1_000_000, options.LargeScale);
        Assert.Equal(500, options.MinLagEvents);
        Assert.Equal(Path.Combine("/repo", "benchmarks"), options.OutputRoot);
        Assert.True(options.UpdateLatest);
        Assert.False(options.AspireProxies);
        Assert.Equal(5, options.ColdStarts);
        Assert.False(options.RunsSoak);
    }

    [Fact]
    public void Soak_adds_ten_minutes_of_sustained_load_to_a_full_run()
    {
        var options = BenchmarkOptions.Parse(["--soak", "--cold-starts", "3"], "/repo");

        Assert.True(options.RunsSoak);
        Assert.Equal(TimeSpan.FromMinutes(10), options.SoakInterval * options.SoakIntervals);
        Assert.Equal(3, options.ColdStarts);
    }

    [Fact]
    public void Smoke_mode_is_short_small_and_leaves_latest_alone()
    {
        var options = BenchmarkOptions.Parse(["--smoke", "--duration", "7", "--output", "/tmp/x", "--aspire-proxies", "--service-env", "Logging__LogLevel__Default=Warning", "--pg", "max_connections=500"], "/repo");

        Assert.True(options.Smoke);
        Assert.Equal(TimeSpan.FromSeconds(7), options.MixedDuration);
        Assert.True(options.LargeScale < 1_000_000);
        Assert.Equal("/tmp/x", options.OutputRoot);
        Assert.False(options.UpdateLatest);
        Assert.True(options.AspireProxies);
        Assert.Equal("Warning", options.ServiceEnvironment["Logging__LogLevel__Default"]);
        Assert.Equal("500", options.PostgresSettings["max_connections"]);
        Assert.True(options.RunsSoak);
        Assert.True(options.SoakInterval < TimeSpan.FromMinutes(1));
        Assert.True(options.ColdStarts >= 2);
    }

    [Fact]
    public void Only_runs_the_figures_asked_for_and_leaves_latest_alone()
    {
        var options = BenchmarkOptions.Parse(["--only", "10,7"], "/repo");

        Assert.True(options.Runs(10));
        Assert.True(options.Runs(7));
        Assert.False(options.Runs(1));
        Assert.False(options.Runs(6));
        Assert.False(options.UpdateLatest);
        Assert.True(BenchmarkOptions.Parse(["--only", "4"], "/repo").Runs(3));
        Assert.True(BenchmarkOptions.Parse([], "/repo").Runs(6));
        Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse(["--only", "8"], "/repo"));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkOptions.Parse(["--only", "11"], "/repo"));
    }

    [Fact]
    public void An_unknown_argument_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse(["--fast"], "/repo"));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkOptions.Parse(["--cold-starts", "0"], "/repo"));
    }
}
