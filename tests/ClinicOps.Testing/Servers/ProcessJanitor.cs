using System.Collections.Concurrent;
using System.Globalization;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// Kills every server this test process started when the process exits — also when a test run ends without
/// disposing its fixtures. (A crashed or killed test host is covered by each server's watchdog, see
/// <see cref="ServerProcess"/>.)
/// </summary>
internal static class ProcessJanitor
{
    // Removes a temp directory once this process is gone. Deleting a whole PostgreSQL cluster takes a moment,
    // longer than the test runner waits for ProcessExit handlers on a busy machine, so it happens outside.
    private const string DirectoryWatchdogScript =
        "exec </dev/null >/dev/null 2>&1; " +
        "while kill -0 \"$1\"; do sleep 1; done; sleep 1; rm -rf -- \"$2\"";

    private static readonly ConcurrentDictionary<ServerProcess, byte> Processes = new();

    static ProcessJanitor() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Track(ServerProcess process) => Processes.TryAdd(process, 0);

    public static void Forget(ServerProcess process) => Processes.TryRemove(process, out _);

    /// <summary>Deletes <paramref name="path"/> after this process exits, however it exits.</summary>
    public static void DeleteOnExit(string path) =>
        Command.StartDetached("sh", "-c", DirectoryWatchdogScript, "clinicops-cleanup",
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture), path);

    public static void DeleteNow(string path)
    {
        // A server that was just killed may still be closing files; retry briefly. Whatever is left goes when
        // this process exits (DeleteOnExit).
        for (var attempt = 0; attempt < 5 && Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static void KillAll()
    {
        foreach (var process in Processes.Keys)
        {
            process.Kill();
        }
    }
}
