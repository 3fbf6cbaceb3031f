namespace ClinicOps.Benchmarks.App;

/// <summary>
/// One process of the app: resident set (VmRSS) and proportional set (Pss, null when /proc would not tell it) in KiB,
/// and the CPU time it and its reaped children have used (user + system, in clock ticks of 1/100 s).
/// </summary>
public sealed record ProcessSample(int Pid, int ParentPid, string Name, string CommandLine, long RssKib, long? PssKib, long CpuTicks, string Group);
