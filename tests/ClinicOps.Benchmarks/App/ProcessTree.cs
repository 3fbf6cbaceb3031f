using System.Globalization;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The processes started (directly or not) by this process, read from /proc: the app's servers and services and
/// the orchestrator that launched them. Linux only.
/// </summary>
public static class ProcessTree
{
    public const string Orchestrator = "orchestrator (dcp)";
    public const string Launcher = "launcher (dotnet run)";

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
            if (pid != root && IsBelow(pid, root, parents))
            {
                var name = TryRead($"/proc/{pid}/comm")?.Trim() ?? "?";
                var command = (TryRead($"/proc/{pid}/cmdline") ?? "").Replace('\0', ' ').Trim();
                result.Add(new ProcessSample(pid, parent, name, command,
                    KibField(TryRead($"/proc/{pid}/status"), "VmRSS:"),
                    KibField(TryRead($"/proc/{pid}/smaps_rollup"), "Pss:"),
                    GroupOf(name, command)));
            }
        }

        return [.. result.OrderBy(p => p.Pid)];
    }

    /// <summary>The parent pid from a /proc/&lt;pid&gt;/stat line; the name in parentheses may itself hold spaces or ')'.</summary>
    public static int? ParentOf(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    /// <summary>A "Name:   123 kB" field of a /proc status-like file, in KiB (0 when absent).</summary>
    public static long KibField(string? text, string field)
    {
        if (text is null)
        {
            return 0;
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var parts = line[field.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
            }
        }

        return 0;
    }

    public static string GroupOf(string name, string command)
    {
        if (name.StartsWith("dcp", StringComparison.Ordinal))
        {
            return Orchestrator;
        }

        if (command.Contains(" run ", StringComparison.Ordinal) && command.Contains("--no-build", StringComparison.Ordinal))
        {
            return Launcher;
        }

        if (name is "postgres" or "beam.smp" or "epmd" or "erl_child_setup" or "inet_gethost")
        {
            return name is "postgres" ? "postgres" : "rabbitmq (erlang)";
        }

        var service = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileName)
            .FirstOrDefault(part => part is not null && part.StartsWith("ClinicOps.", StringComparison.Ordinal));
        return service is null ? name
            : service.EndsWith(".dll", StringComparison.Ordinal) ? service[..^4]
            : service;
    }

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
