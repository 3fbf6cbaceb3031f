namespace ClinicOps.Benchmarks.App;

/// <summary>One process below the benchmark: resident set (VmRSS) and proportional set (Pss) in KiB.</summary>
public sealed record ProcessSample(int Pid, int ParentPid, string Name, string CommandLine, long RssKib, long PssKib, string Group);
