using System.Globalization;

namespace ClinicOps.Benchmarks.Report;

/// <summary>Where the cores went during a load: CPU seconds per process group and their share of all cores.</summary>
public static class CpuTable
{
    public static ReportTable Of(IReadOnlyList<(string Group, double Seconds)> cpu, TimeSpan span, string when = "during the load, warm-up included") => new(
        $"CPU used {when} ({span.TotalSeconds:0} s × {Environment.ProcessorCount} cores)",
        ["Process group", "CPU s", "share of all cores"],
        [.. cpu.Select(c => (IReadOnlyList<string>)
        [
            c.Group,
            c.Seconds.ToString("0.0", CultureInfo.InvariantCulture),
            (c.Seconds / (span.TotalSeconds * Environment.ProcessorCount)).ToString("0%", CultureInfo.InvariantCulture),
        ])]);
}
