using System.Text.Json;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clinicops-bench-report-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_report_is_written_as_json_and_markdown_with_every_target_beside_its_value()
    {
        var report = Sample("full");

        var folder = ReportWriter.FolderFor(report.StartedAt, smoke: false, _root);
        await ReportWriter.WriteAsync(report, folder, Path.Combine(_root, "latest.md"), CancellationToken.None);

        var markdown = await File.ReadAllTextAsync(Path.Combine(folder, "report.md"));
        Assert.Contains("| 1 | Gateway overhead | added p50 at 1 client(s) | 0.8 ms | ≤ 2 ms | yes |", markdown);
        Assert.Contains("| 2 | Booking | bookings as a share of pgbench | 12 % | ≥ 25 % | **no** |", markdown);
        Assert.Contains("| 3 | Mixed | failed: boom | — | — | no |", markdown);
        Assert.Equal(markdown, await File.ReadAllTextAsync(Path.Combine(_root, "latest.md")));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToArray();
        Assert.Equal(["gatewayOverhead", "bookingThroughput", "mixedLoad"], figures.Select(f => f.GetProperty("key").GetString()));
        Assert.Equal(0.8, figures[0].GetProperty("measures")[0].GetProperty("value").GetDouble());
        Assert.Equal(4, json.RootElement.GetProperty("machine").GetProperty("cores").GetInt32());
    }

    [Fact]
    public void Reports_go_to_a_folder_per_run_and_smoke_runs_are_marked()
    {
        var at = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

        Assert.Equal(Path.Combine("/b", "results", "20300102-010405"), ReportWriter.FolderFor(at, smoke: false, "/b"));
        Assert.Equal(Path.Combine("/b", "results", "20300102-010405-smoke"), ReportWriter.FolderFor(at, smoke: true, "/b"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static BenchmarkReport Sample(string mode) => new(
        new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
        mode,
        TimeSpan.FromMinutes(5),
        new MachineInfo("host", "Linux", "CPU", 4, ".NET 10", "15.14", "3.10.8", "generator"),
        ["only 127.0.0.1"],
        [
            new FigureResult(1, "gatewayOverhead", "Gateway overhead", [Measure.AtMost("added p50 at 1 client(s)", 0.8, "ms", 2)],
                [new ReportTable("t", ["a", "b"], [["1", "x|y"]])], new { clients = 1 }, ["a note"]),
            new FigureResult(2, "bookingThroughput", "Booking", [Measure.AtLeast("bookings as a share of pgbench", 12, "%", 25)], [], null, []),
            FigureResult.Failed(3, "mixedLoad", "Mixed", "boom"),
        ]);
}
