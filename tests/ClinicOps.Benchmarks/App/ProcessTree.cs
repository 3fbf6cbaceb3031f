using System.Globalization;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Processes and their descendants, read from /proc (Linux): the processes the orchestrator started for each resource
/// (a server, or `dotnet run` and the service it runs) and everything below them.
/// </summary>
public static class ProcessTree
{
    public const string Launcher = "dotnet run launchers";

    /// <summary>Each root process (the pid the orchestrator reports for a resource) with its descendants, grouped by resource.</summary>
    public static IReadOnlyList<ProcessSample> Of(IEnumerable<(string Resource, int Pid)> roots)
    {
        var all = new Dictionary<int, ProcessSample>();
        foreach (var (resource, pid) in roots)
        {
            foreach (var process in Descendants(pid).Prepend(Sample(pid, resource)).OfType<ProcessSample>())
            {
                all.TryAdd(process.Pid, process.Group == "" ? process with { Group = resource } : process);
            }
        }

        return [.. all.Values.OrderBy(p => p.Pid)];
    }

    public static IReadOnlyList<ProcessSample> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && TryRead(Path.Combine(dir, "stat")) is { } stat && ParentOf(stat) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var result = new List<ProcessSample>();
        foreach (var (pid, parent) in parents)
        {
            if (pid != root && IsBelow(pid, root, parents) && Sample(pid, null) is { } sample)
            {
                result.Add(sample);
            }
        }

        return [.. result.OrderBy(p => p.Pid)];
    }

    /// <summary>One process, or null when it has gone; its group is <paramref name="resource"/>'s unless it is a launcher.</summary>
    private static ProcessSample? Sample(int pid, string? resource)
    {
        var stat = TryRead($"/proc/{pid}/stat");
        if (stat is null || ParentOf(stat) is not { } parent)
        {
            return null;
        }

        var name = TryRead($"/proc/{pid}/comm")?.Trim() ?? "?";
        var command = (TryRead($"/proc/{pid}/cmdline") ?? "").Replace('\0', ' ').Trim();
        var launcher = IsLauncher(command);
        var (smaps, refused) = ReadSmapsRollup(pid);
        var pss = KibFieldOrNull(smaps, "Pss:");
        if (pss is null && !refused)
        {
            // It ended between the reads, or is ending (a zombie, or a process whose memory is already gone: its
            // smaps_rollup reads empty or fails with ESRCH) — a PostgreSQL backend whose connection closed, say. Not a
            // process whose memory could not be read, which is only when opening the file is refused.
            return null;
        }

        return new ProcessSample(pid, parent, name, command,
            KibField(TryRead($"/proc/{pid}/status"), "VmRSS:"),
            pss,
            CpuTicksOf(stat),
            launcher ? Launcher : resource ?? "");
    }

    /// <summary>Whether a /proc/&lt;pid&gt;/stat line says the process is a zombie or dead (state Z or X).</summary>
    public static bool IsEnding(string stat) => FieldsAfterName(stat) is [var state, ..] && state is "Z" or "X";

    /// <summary>The parent pid from a /proc/&lt;pid&gt;/stat line; the name in parentheses may itself hold spaces or ')'.</summary>
    public static int? ParentOf(string stat) =>
        FieldsAfterName(stat) is [_, var parentField, ..] && int.TryParse(parentField, NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? parent
            : null;

    /// <summary>
    /// The fields of a /proc/&lt;pid&gt;/stat line after the process name (state first); empty when the line has no name.
    /// The name sits in parentheses and may itself hold spaces or ')', so the fields start after the last ')'.
    /// </summary>
    private static string[] FieldsAfterName(string stat)
    {
        var close = stat.LastIndexOf(')');
        return close < 0 ? [] : stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// utime + stime + cutime + cstime of a /proc/&lt;pid&gt;/stat line (fields 14 to 17), in clock ticks: the process's
    /// own CPU and that of its children which have ended and been waited for (PostgreSQL's postmaster reaps every
    /// backend that disconnects), so a tree's sum keeps the CPU of processes that are gone.
    /// </summary>
    public static long CpuTicksOf(string stat)
    {
        var fields = FieldsAfterName(stat);
        long total = 0;
        for (var i = 11; i <= 14; i++)
        {
            if (fields.Length <= i || !long.TryParse(fields[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
            {
                return 0;
            }

            total += ticks;
        }

        return total;
    }

    /// <summary>A "Name:   123 kB" field of a /proc status-like file, in KiB (0 when absent).</summary>
    public static long KibField(string? text, string field) => KibFieldOrNull(text, field) ?? 0;

    /// <summary>A "Name:   123 kB" field of a /proc status-like file, in KiB; null when the file or the field is missing.</summary>
    public static long? KibFieldOrNull(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var parts = line[field.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : null;
            }
        }

        return null;
    }

    /// <summary>`dotnet run --no-build …`: the process the orchestrator starts for a project, which runs the service as its child.</summary>
    public static bool IsLauncher(string command) =>
        command.Contains(" run ", StringComparison.Ordinal) && command.Contains("--no-build", StringComparison.Ordinal);

    private static bool IsBelow(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (parent == root)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }

    /// <summary>
    /// A process's smaps_rollup, and whether reading it was refused (no ptrace read access: another user's process
    /// without root). Any other failure — ESRCH from a process that is exiting, a pid that has gone — is not a refusal.
    /// </summary>
    private static (string? Text, bool Refused) ReadSmapsRollup(int pid)
    {
        try
        {
            return (File.ReadAllText($"/proc/{pid}/smaps_rollup"), false);
        }
        catch (UnauthorizedAccessException)
        {
            // A refusal counts only from a process that is still there and not ending.
            return (null, TryRead($"/proc/{pid}/stat") is { } stat && !IsEnding(stat));
        }
        catch (IOException)
        {
            return (null, false);
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
