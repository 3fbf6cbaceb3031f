namespace ClinicOps.Benchmarks.App;

/// <summary>
/// One process of the app: resident set (VmRSS) and proportional set (Pss) in KiB, and the CPU time it has used
/// (user + system, in clock ticks of 1/100 s).
/// </summary>
public sealed record ProcessSample(int Pid, int ParentPid, string Name, string CommandLine, long RssKib, long PssKib, long CpuTicks, string Group);
