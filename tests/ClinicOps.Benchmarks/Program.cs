using ClinicOps.Benchmarks;
using ClinicOps.Benchmarks.App;

// dotnet run -c Release --project tests/ClinicOps.Benchmarks -- [--smoke] [--soak] [--duration 60] [--output DIR] ...
if (args is [BareProxyServer.Mode, ..])
{
    await BareProxyServer.RunAsync(args);
    return 0;
}

var root = RepositoryRoot.Find();
var options = BenchmarkOptions.Parse(args, root);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var (report, folder) = await BenchmarkRunner.RunAsync(options, line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"), cancel.Token);
Console.WriteLine();
Console.WriteLine(ClinicOps.Benchmarks.Report.ReportWriter.ToMarkdown(report).Split("\nConditions:")[0]);
Console.WriteLine($"Report: {folder}");
return report.Figures.Any(f => f.Error is not null) ? 1 : 0;
