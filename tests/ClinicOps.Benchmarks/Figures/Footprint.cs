using System.Globalization;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 6: cold starts (from creating the app model to every resource healthy, several times from nothing) and the
/// app's memory — each process the orchestrator started for a resource and all its descendants (the services,
/// postgres backends, Erlang helpers) — right after start and at its peak under load, read every few seconds during
/// the loads. A PSS that /proc would not give fails the figure rather than counting as nothing.
/// </summary>
public static class Footprint
{
    public const string Title = "Footprint";
    public const double ColdStartTargetSeconds = 20;
    public const double MemoryTargetGib = 3.5;
    private const double Gib = 1024.0 * 1024.0;

    /// <param name="starts">Every cold start, the run's own first.</param>
    /// <param name="idle">The reading right after the run's own start.</param>
    /// <param name="readings">Every reading of the run.</param>
    /// <param name="loadPhases">The phases (figures) that put load on the app.</param>
    public static FigureResult Summarise(IReadOnlyList<StartTiming> starts, MemoryReading idle, IReadOnlyList<MemoryReading> readings,
        IReadOnlySet<string> loadPhases)
    {
        if (starts.Count == 0)
        {
            throw new InvalidOperationException("No cold start was timed.");
        }

        var underLoad = readings.Where(r => loadPhases.Contains(r.Phase)).ToArray();
        if (underLoad.Length == 0 || idle.ByGroup.Count == 0)
        {
            throw new InvalidOperationException("No memory was read under load: the orchestrator reported no process ids, or no load ran.");
        }

        if (readings.Append(idle).FirstOrDefault(r => r.PssUnreadable.Count > 0) is { } unreadable)
        {
            throw new InvalidOperationException($"PSS could not be read ({unreadable.Phase}) for {string.Join(", ", unreadable.PssUnreadable)}: " +
                "/proc/<pid>/smaps_rollup must be readable by the benchmark (same user, or root), or the memory figure would be too low.");
        }

        var peakPss = underLoad.MaxBy(r => r.PssKib)!;
        var peakRss = underLoad.MaxBy(r => r.RssKib)!;
        var seconds = starts.Select(s => s.ToHealthy.TotalSeconds).Order().ToArray();
        var median = seconds.Length % 2 == 1 ? seconds[seconds.Length / 2] : (seconds[seconds.Length / 2 - 1] + seconds[seconds.Length / 2]) / 2;
        return new FigureResult(6, "footprint", Title,
            [
                Measure.AtMost($"cold start to all healthy, median of {starts.Count}", median, "s", ColdStartTargetSeconds),
                Measure.Info($"cold start to all healthy, slowest of {starts.Count}", seconds[^1], "s"),
                Measure.Info("resident memory after start (VmRSS sum)", idle.RssKib / Gib, "GiB"),
                Measure.AtMost("resident memory at its peak under load (VmRSS sum)", peakRss.RssKib / Gib, "GiB", MemoryTargetGib),
                Measure.AtMost("memory at its peak under load, shared pages once (PSS sum)", peakPss.PssKib / Gib, "GiB", MemoryTargetGib),
                Measure.Info("of which dotnet-run launchers (PSS at the peak)", peakPss.ByGroup.GetValueOrDefault(ProcessTree.Launcher).PssKib / Gib, "GiB"),
            ],
            [
                new ReportTable("Cold starts (each from a fresh data folder)", ["Start", "s to all healthy", "last resource healthy"],
                    [.. starts.Select((s, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture) + (i == 0 ? " (the run's)" : ""),
                        s.ToHealthy.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), s.Slowest])]),
                new ReportTable("Healthy after (s from the start of the app model), the run's own start", ["Resource", "s"],
                    [.. starts[0].Healthy.Select(h => (IReadOnlyList<string>)[h.Resource, h.After.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)])]),
                new ReportTable("Memory peak per phase (GiB)", ["Phase", "readings", "RSS peak", "PSS peak"],
                    [.. readings.GroupBy(r => r.Phase).Select(g => (IReadOnlyList<string>)
                    [
                        g.Key + (loadPhases.Contains(g.Key) ? " (load)" : ""), g.Count().ToString(CultureInfo.InvariantCulture),
                        (g.Max(r => r.RssKib) / Gib).ToString("0.00", CultureInfo.InvariantCulture), (g.Max(r => r.PssKib) / Gib).ToString("0.00", CultureInfo.InvariantCulture),
                    ])]),
                ByGroup(idle, peakPss),
            ],
            new
            {
                coldStartSeconds = seconds,
                coldStarts = starts.Select(s => new { seconds = s.ToHealthy.TotalSeconds, healthyAfterSeconds = s.Healthy.ToDictionary(h => h.Resource, h => h.After.TotalSeconds) }),
                idle = new { idle.RssKib, idle.PssKib },
                peakRss = new { peakRss.At, peakRss.Phase, peakRss.RssKib },
                peakPss = new { peakPss.At, peakPss.Phase, peakPss.PssKib },
                readingIntervalSeconds = MemorySampler.Interval.TotalSeconds,
            },
            [
                $"Cold start: {starts.Count} starts of the whole app, each from a fresh data folder (new PostgreSQL cluster, RabbitMQ node, keys), " +
                "timed from creating the app model to every resource healthy; the first is the run's own, the others follow the figures " +
                "(the benchmark process, and so the in-process AppHost, is warm by then). The target holds the median.",
                $"Memory: the app's processes read every {MemorySampler.Interval.TotalSeconds:0} s from start to the last figure; the peak is the highest " +
                $"sum among the readings during the loads ({string.Join(", ", loadPhases.Order(StringComparer.Ordinal))}); PSS peaked in {peakPss.Phase} " +
                $"at {peakPss.At:HH:mm:ss} UTC, VmRSS in {peakRss.Phase}.",
                "Resident memory is the sum of VmRSS (/proc/<pid>/status) over the app's processes. It counts a shared page once per " +
                "process that maps it, so every PostgreSQL backend adds the shared buffers it has touched again; PSS (smaps_rollup) " +
                "splits shared pages between their processes, so its sum is the memory the app really holds.",
                "Processes: the pid the orchestrator reports for each resource (`executable.pid`) and its descendants. " +
                "Not counted: the orchestrator (dcp) and the AppHost itself, which the testing builder runs inside the benchmark process.",
            ])
        {
            SampleCounts = new Dictionary<string, long>
            {
                ["cold starts"] = starts.Count,
                ["memory readings under load"] = underLoad.Length,
            },
        };
    }

    private static ReportTable ByGroup(MemoryReading idle, MemoryReading peak)
    {
        var groups = idle.ByGroup.Keys.Concat(peak.ByGroup.Keys).Distinct().Order(StringComparer.Ordinal);
        return new ReportTable($"Memory by process group (MiB), after start and at the PSS peak ({peak.Phase})",
            ["Group", "Processes at peak", "RSS after start", "PSS after start", "RSS at peak", "PSS at peak"],
            [.. groups.Select(g => (IReadOnlyList<string>)
            [
                g,
                peak.ByGroup.GetValueOrDefault(g).Processes.ToString(CultureInfo.InvariantCulture),
                Mib(idle.ByGroup.GetValueOrDefault(g).RssKib),
                Mib(idle.ByGroup.GetValueOrDefault(g).PssKib),
                Mib(peak.ByGroup.GetValueOrDefault(g).RssKib),
                Mib(peak.ByGroup.GetValueOrDefault(g).PssKib),
            ])]);
    }

    private static string Mib(long kib) => (kib / 1024.0).ToString("0", CultureInfo.InvariantCulture);
}
