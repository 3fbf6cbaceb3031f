using System.Text.Json;
using Xunit.Abstractions;

namespace ClinicOps.Benchmarks.Tests;

/// <summary>
/// The benchmark's smoke mode, in-process: it starts the whole app, runs every figure for a few seconds and writes
/// the report. This asserts that every figure is there with its measures — not that they meet their targets.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class BenchmarkSmokeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clinicops-bench-smoke-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_smoke_run_produces_every_figure()
    {
        var options = BenchmarkOptions.Parse(["--smoke", "--output", _root], RepositoryRoot.Find());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));

        var (_, folder) = await BenchmarkRunner.RunAsync(options, Log, limit.Token);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
        Assert.Equal("smoke", json.RootElement.GetProperty("mode").GetString());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], figures.Select(f => f.GetProperty("number").GetInt32()));
        Assert.All(figures, figure =>
        {
            Assert.True(figure.GetProperty("error").ValueKind == JsonValueKind.Null,
                $"figure {figure.GetProperty("number")} failed: {figure.GetProperty("error")}");
            var measures = figure.GetProperty("measures").EnumerateArray().ToArray();
            Assert.NotEmpty(measures);
            Assert.All(measures, m => Assert.Equal(JsonValueKind.Number, m.GetProperty("value").ValueKind));
            Assert.Contains(measures, m => m.GetProperty("met").ValueKind != JsonValueKind.Null);
        });
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
