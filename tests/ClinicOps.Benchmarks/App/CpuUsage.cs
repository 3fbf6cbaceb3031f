using System.Diagnostics;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// CPU seconds each part of the run used between two moments: every resource's processes (from /proc, with the
/// CPU of their children that have ended) and the benchmark process itself (the load generator and the AppHost it
/// hosts). A poor man's profile: it shows which process the cores went to.
/// </summary>
public sealed class CpuUsage
{
    public const string Benchmark = "benchmark process (load generator + in-process AppHost)";
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly Dictionary<string, double> _seconds;

    private CpuUsage(Dictionary<string, double> seconds) => _seconds = seconds;

    public static CpuUsage Now(BenchApp app)
    {
        var seconds = ProcessTree.Of(app.ResourceProcesses())
            .GroupBy(p => p.Group)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.CpuTicks) / TicksPerSecond);
        seconds[Benchmark] = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        return new CpuUsage(seconds);
    }

    /// <summary>CPU seconds used so far, per process group.</summary>
    public IReadOnlyDictionary<string, double> Seconds => _seconds;

    /// <summary>CPU seconds the app's processes (every resource, not the benchmark process) used since <paramref name="before"/>.</summary>
    public double AppSecondsSince(CpuUsage before) => Since(before).Where(g => g.Group != Benchmark).Sum(g => g.Seconds);

    /// <summary>Seconds used per group since <paramref name="before"/>, largest first.</summary>
    public IReadOnlyList<(string Group, double Seconds)> Since(CpuUsage before) =>
        [.. _seconds
            .Select(g => (g.Key, Math.Max(0, g.Value - before._seconds.GetValueOrDefault(g.Key))))
            .OrderByDescending(g => g.Item2)];
}
