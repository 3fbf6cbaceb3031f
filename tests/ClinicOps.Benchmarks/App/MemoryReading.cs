namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The app's memory at one moment, over the processes of its resources: VmRSS and PSS in KiB in all and per process
/// group, and the processes whose PSS /proc would not give (a PSS sum without them would be too low).
/// </summary>
public sealed record MemoryReading(
    DateTimeOffset At,
    string Phase,
    long RssKib,
    long PssKib,
    IReadOnlyDictionary<string, (long RssKib, long PssKib, int Processes)> ByGroup,
    IReadOnlyList<string> PssUnreadable)
{
    public static MemoryReading Of(IReadOnlyList<ProcessSample> processes, string phase, DateTimeOffset at) => new(
        at,
        phase,
        processes.Sum(p => p.RssKib),
        processes.Sum(p => p.PssKib ?? 0),
        processes.GroupBy(p => p.Group).ToDictionary(g => g.Key, g => (g.Sum(p => p.RssKib), g.Sum(p => p.PssKib ?? 0), g.Count())),
        [.. processes.Where(p => p.PssKib is null).Select(p => $"{p.Name} (pid {p.Pid}, {p.Group})")]);
}
