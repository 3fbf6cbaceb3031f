using System.Runtime.InteropServices;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// kill(2) directly. Spawning the kill command is not an option while the process exits: .NET no longer
/// reaps children then, so waiting for a helper process would stall the exit until the runner kills us.
/// </summary>
internal static partial class Signals
{
    public const int Interrupt = 2;
    public const int Kill = 9;

    /// <summary>Sends <paramref name="signal"/> to the process group led by <paramref name="processGroupId"/>.</summary>
    public static void SendToGroup(int processGroupId, int signal) => _ = kill(-processGroupId, signal);

    public static void Send(int processId, int signal) => _ = kill(processId, signal);

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int kill(int pid, int sig);
}
