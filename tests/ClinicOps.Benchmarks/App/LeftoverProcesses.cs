namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The last resort when the app did not stop in time: the servers the AppHost started for this run (PostgreSQL,
/// RabbitMQ and its epmd) run with their working directory inside the run's own data folder, so exactly those are
/// found by it and ended.
/// </summary>
public static class LeftoverProcesses
{
    public static void Kill(string dataDirectory)
    {
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid) || !RunsIn(proc, dataDirectory))
            {
                continue;
            }

            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    private static bool RunsIn(string proc, string dataDirectory)
    {
        try
        {
            var cwd = new DirectoryInfo(Path.Combine(proc, "cwd")).LinkTarget;
            return cwd is not null && (cwd == dataDirectory || cwd.StartsWith(dataDirectory + "/", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
