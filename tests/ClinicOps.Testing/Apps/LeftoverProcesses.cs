namespace ClinicOps.Testing.Apps;

/// <summary>
/// The last resort when the app did not stop in time: the servers the AppHost started for this fixture (PostgreSQL,
/// RabbitMQ and its epmd) all run with their working directory inside the fixture's own data folder, so exactly
/// those are found by it and ended.
/// </summary>
public static class LeftoverProcesses
{
    public static void Kill(string dataDirectory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

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

    public static void DeleteDirectory(string path)
    {
        for (var attempt = 0; attempt < 10 && Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200); // a server that just stopped may still be closing files
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
