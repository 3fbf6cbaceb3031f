using System.Globalization;

namespace ClinicOps.AppHost.Commands;

/// <summary>What of the app is running on a data folder: its PostgreSQL (from postmaster.pid) or any process at all.</summary>
public static class RunningServer
{
    /// <summary>
    /// The port of the PostgreSQL server running on <paramref name="clusterDirectory"/> (postmaster.pid holds its pid on
    /// line 1 and its port on line 4), or null when none runs.
    /// </summary>
    public static int? Find(string clusterDirectory)
    {
        var pidFile = Path.Combine(clusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length >= 4
            && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && Directory.Exists($"/proc/{pid}")
            && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port
            : null;
    }

    /// <summary>
    /// The processes whose command line names <paramref name="dataDirectory"/> (PostgreSQL, RabbitMQ, epmd and the app
    /// all do): restoring under any of them would swap their files while they run.
    /// </summary>
    public static IReadOnlyList<string> ProcessesUsing(string dataDirectory)
    {
        var folder = dataDirectory.TrimEnd('/') + "/";
        List<string> found = [];
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(proc, "cmdline")).Replace('\0', ' ').Trim();
                if (commandLine.Contains(folder, StringComparison.Ordinal) || commandLine.EndsWith(folder.TrimEnd('/'), StringComparison.Ordinal))
                {
                    found.Add($"{pid} {commandLine[..Math.Min(commandLine.Length, 80)]}");
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read: not ours to stop either.
            }
        }

        return found;
    }
}
