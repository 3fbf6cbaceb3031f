namespace ClinicOps.Benchmarks.Report;

/// <summary>The whole report, written as report.json and report.md.</summary>
public sealed record BenchmarkReport(
    DateTimeOffset StartedAt,
    string Mode,
    TimeSpan Elapsed,
    MachineInfo Machine,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<FigureResult> Figures);
