using System.Text.Json;
using Xunit.Abstractions;

namespace ClinicOps.Benchmarks.Tests;

/// <summary>
/// The benchmark's smoke mode, in-process: it starts the whole app, runs every figure for a few seconds and writes
/// the report. This asserts that every figure is there with its measures and that what it measured holds together
/// (every series has samples, no event is recorded that was not committed, every cold start was timed) — not that
/// the figures meet their targets.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class BenchmarkSmokeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clinicops-bench-smoke-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_smoke_run_produces_every_figure_and_its_measurements_hold_together()
    {
        var options = BenchmarkOptions.Parse(["--smoke", "--output", _root], RepositoryRoot.Find());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(20));

        var (_, folder) = await BenchmarkRunner.RunAsync(options, Log, limit.Token);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
        Assert.Equal("smoke", json.RootElement.GetProperty("mode").GetString());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], figures.Select(f => f.GetProperty("number").GetInt32()));
        Assert.All(figures, figure =>
        {
            var number = figure.GetProperty("number").GetInt32();
            Assert.True(figure.GetProperty("error").ValueKind == JsonValueKind.Null, $"figure {number} failed: {figure.GetProperty("error")}");
            var measures = figure.GetProperty("measures").EnumerateArray().ToArray();
            Assert.NotEmpty(measures);
            // A measure may lack a value only where it could not be computed from what was measured, and then it is not met.
            Assert.All(measures, m => Assert.True(m.GetProperty("value").ValueKind == JsonValueKind.Number || m.GetProperty("met").ValueKind == JsonValueKind.False,
                $"figure {number}: '{m.GetProperty("name")}' has no value"));
            Assert.Contains(measures, m => m.GetProperty("met").ValueKind != JsonValueKind.Null);
            var samples = figure.GetProperty("sampleCounts").EnumerateObject().ToArray();
            Assert.NotEmpty(samples);
            Assert.All(samples, series => Assert.True(series.Value.GetInt64() > 0, $"figure {number}: no samples in '{series.Name}'"));
        });

        var lag = figures[3].GetProperty("details");
        var (committed, recorded) = (lag.GetProperty("committed").GetInt64(), lag.GetProperty("recorded").GetInt64());
        Assert.True(recorded <= committed, $"analytics recorded {recorded} events of the window, its producers committed {committed}");
        Assert.Equal(committed, lag.GetProperty("matched").GetInt64() + lag.GetProperty("missing").GetInt64());
        Assert.True(figures[1].GetProperty("details").GetProperty("drain").GetProperty("drained").GetBoolean());
        Assert.Equal(options.ColdStarts, figures[5].GetProperty("details").GetProperty("coldStartSeconds").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(folder, "report.md")));
        // Measured as deployed: the app's PostgreSQL keeps its crash-safety settings, and the report says so.
        Assert.Contains(json.RootElement.GetProperty("conditions").EnumerateArray(),
            c => c.GetString()!.StartsWith("PostgreSQL (the app's and pgbench's) ran durable", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test has ended; a late line from shutdown has nowhere to go.
        }
    }
}
