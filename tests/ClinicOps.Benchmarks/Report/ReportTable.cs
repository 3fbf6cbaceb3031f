namespace ClinicOps.Benchmarks.Report;

/// <summary>A detail table of a figure, written to the Markdown report.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
