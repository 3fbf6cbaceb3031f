using System.Globalization;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 6: cold start (from creating the app model to every resource healthy) and the resident memory of the
/// app's processes — each process the orchestrator started for a resource (a server, or `dotnet run` of a service) and
/// all its descendants (the service itself, postgres backends, Erlang helpers) — right after start and after the load.
/// </summary>
public static class Footprint
{
    public const string Title = "Footprint";
    private const double Gib = 1024.0 * 1024.0;

    public static FigureResult Summarise(TimeSpan coldStart, IReadOnlyList<(string Resource, TimeSpan After)> healthy,
        IReadOnlyList<ProcessSample> idle, IReadOnlyList<ProcessSample> loaded)
    {
        if (idle.Count == 0 || loaded.Count == 0)
        {
            throw new InvalidOperationException("The orchestrator reported no process ids for the app's resources.");
        }

        static double AppGib(IReadOnlyList<ProcessSample> processes) => processes.Sum(p => p.RssKib) / Gib;
        static double PssGib(IReadOnlyList<ProcessSample> processes) => processes.Sum(p => p.PssKib) / Gib;

        return new FigureResult(6, "footprint", Title,
            [
                Measure.AtMost("cold start to all healthy", coldStart.TotalSeconds, "s", 30),
                Measure.Info("resident memory after start (VmRSS sum)", AppGib(idle), "GiB"),
                Measure.AtMost("resident memory after the load (VmRSS sum)", AppGib(loaded), "GiB", 3.5),
                Measure.AtMost("memory after the load, shared pages once (PSS sum)", PssGib(loaded), "GiB", 3.5),
                Measure.Info("of which dotnet-run launchers", loaded.Where(p => p.Group == ProcessTree.Launcher).Sum(p => p.RssKib) / Gib, "GiB"),
            ],
            [
                new ReportTable("Healthy after (s from the start of the app model)", ["Resource", "s"],
                    [.. healthy.Select(h => (IReadOnlyList<string>)[h.Resource, h.After.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)])]),
                ByGroup(idle, loaded),
            ],
            new
            {
                coldStartSeconds = coldStart.TotalSeconds,
                healthyAfterSeconds = healthy.ToDictionary(h => h.Resource, h => h.After.TotalSeconds),
                idle,
                loaded,
            },
            [
                "Resident memory is the sum of VmRSS (/proc/<pid>/status) over the app's processes. It counts a shared page once per " +
                "process that maps it, so every PostgreSQL backend adds the shared buffers it has touched again; PSS (smaps_rollup) " +
                "splits shared pages between their processes, so its sum is the memory the app really holds.",
                "Processes: the pid the orchestrator reports for each resource (`executable.pid`) and its descendants. " +
                "Not counted: the orchestrator (dcp) and the AppHost itself, which the testing builder runs inside the benchmark process.",
            ]);
    }

    private static ReportTable ByGroup(IReadOnlyList<ProcessSample> idle, IReadOnlyList<ProcessSample> loaded)
    {
        var groups = idle.Concat(loaded).Select(p => p.Group).Distinct().Order(StringComparer.Ordinal);
        return new ReportTable("Resident memory by process group (MiB)",
            ["Group", "Processes", "RSS after start", "RSS after load", "PSS after load"],
            [.. groups.Select(g => (IReadOnlyList<string>)
            [
                g,
                loaded.Count(p => p.Group == g).ToString(CultureInfo.InvariantCulture),
                Mib(idle.Where(p => p.Group == g).Sum(p => p.RssKib)),
                Mib(loaded.Where(p => p.Group == g).Sum(p => p.RssKib)),
                Mib(loaded.Where(p => p.Group == g).Sum(p => p.PssKib)),
            ])]);
    }

    private static string Mib(long kib) => (kib / 1024.0).ToString("0", CultureInfo.InvariantCulture);
}
