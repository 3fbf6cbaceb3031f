using System.Globalization;
using System.Text;
using System.Text.Json;
using ClinicOps.Benchmarks.Api;

namespace ClinicOps.Benchmarks.Report;

/// <summary>Writes results/&lt;timestamp&gt;/report.json and report.md, and copies the Markdown to latest.md after a full run.</summary>
public static class ReportWriter
{
    /// <summary>results/&lt;UTC timestamp&gt;[-smoke] under the output root.</summary>
    public static string FolderFor(DateTimeOffset startedAt, bool smoke, string outputRoot) =>
        Path.Combine(outputRoot, "results", startedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + (smoke ? "-smoke" : ""));

    /// <summary>Writes report.json and report.md into <paramref name="folder"/>, and the Markdown to <paramref name="latest"/> when given.</summary>
    public static async Task WriteAsync(BenchmarkReport report, string folder, string? latest, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var markdown = ToMarkdown(report);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, Json.Indented), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), markdown, cancellationToken);
        if (latest is not null)
        {
            await File.WriteAllTextAsync(latest, markdown, cancellationToken);
        }
    }

    public static string ToMarkdown(BenchmarkReport report)
    {
        var md = new StringBuilder();
        var m = report.Machine;
        md.AppendLine(CultureInfo.InvariantCulture, $"# ClinicOps benchmark — {report.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({report.Mode})")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {m.Host}, {m.Cpu}, {m.Cores} cores, {m.Os}. .NET {m.DotNet}; PostgreSQL {m.PostgreSql}; RabbitMQ {m.RabbitMq}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Load generator: {m.Generator}. Run took {report.Elapsed.TotalMinutes:0.0} min.")
            .AppendLine()
            .AppendLine("## Headline")
            .AppendLine()
            .AppendLine("| # | Figure | Measure | Value | Target | Met |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var figure in report.Figures)
        {
            if (figure.Error is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {figure.Number} | {figure.Title} | failed: {Cell(figure.Error)} | — | — | no |");
            }

            foreach (var measure in figure.Measures)
            {
                var met = measure.Met switch { true => "yes", false => "**no**", null => "" };
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {figure.Number} | {figure.Title} | {measure.Name} | {measure.FormattedValue} | {measure.Target} | {met} |");
            }
        }

        md.AppendLine().AppendLine("Conditions:").AppendLine();
        foreach (var condition in report.Conditions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {condition}");
        }

        foreach (var figure in report.Figures)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {figure.Number}. {figure.Title}").AppendLine();
            if (figure.Error is not null)
            {
                md.AppendLine("```").AppendLine(figure.Error).AppendLine("```");
            }

            foreach (var table in figure.Tables)
            {
                AppendTable(md, table);
            }

            foreach (var note in figure.Notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        return md.ToString();
    }

    private static void AppendTable(StringBuilder md, ReportTable table)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"**{table.Title}**").AppendLine()
            .AppendLine("| " + string.Join(" | ", table.Columns) + " |")
            .AppendLine("|" + string.Concat(Enumerable.Repeat("---|", table.Columns.Count)));
        foreach (var row in table.Rows)
        {
            md.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        md.AppendLine();
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
