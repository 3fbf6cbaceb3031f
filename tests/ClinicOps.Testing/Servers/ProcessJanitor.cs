using System.Collections.Concurrent;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// Kills every server this test process started, and deletes their temp directories, when the process exits —
/// also when a test run ends without disposing its fixtures. (A crashed test host is covered by each server's
/// watchdog, see <see cref="ServerProcess"/>.)
/// </summary>
internal static class ProcessJanitor
{
    private static readonly ConcurrentDictionary<ServerProcess, byte> Processes = new();
    private static readonly ConcurrentDictionary<string, byte> Directories = new();

    static ProcessJanitor() => AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUp();

    public static void Track(ServerProcess process) => Processes.TryAdd(process, 0);

    public static void Forget(ServerProcess process) => Processes.TryRemove(process, out _);

    public static void TrackDirectory(string path) => Directories.TryAdd(path, 0);

    public static void DeleteDirectory(string path)
    {
        Directories.TryRemove(path, out _);
        TryDelete(path);
    }

    private static void CleanUp()
    {
        foreach (var process in Processes.Keys)
        {
            process.Kill();
        }

        foreach (var directory in Directories.Keys)
        {
            TryDelete(directory);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A server that was just killed may still be closing files; the OS's /tmp cleaning takes the rest.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above: best effort only.
        }
    }
}
