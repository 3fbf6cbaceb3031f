using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// A server binary running in the foreground as a child of the test process. It is started through
/// <c>setsid</c> so that it and everything it spawns (postgres backends, erl/beam/inet_gethost) share one
/// process group that can be killed as a whole — killing only the root would leave servers behind.
/// </summary>
internal sealed class ServerProcess
{
    private const int OutputLines = 200;

    // If the test host dies without running ProcessExit (killed, crashed), this loop kills the server group.
    // It runs in its own session so a kill of the test host's group does not take it along. (sh is dash here:
    // its kill takes "-PGID" but not "--".)
    private const string WatchdogScript =
        "exec </dev/null >/dev/null 2>&1; " +
        "while kill -0 \"$1\" && kill -0 \"$2\"; do sleep 1; done; " +
        "kill -0 \"$1\" || kill -KILL \"-$2\"";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly bool _ownGroup;

    private ServerProcess(ProcessStartInfo startInfo, bool ownGroup)
    {
        _ownGroup = ownGroup;
        _process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
    }

    public bool HasExited => _process.HasExited;

    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <param name="commandLine">The executable followed by its arguments.</param>
    public static ServerProcess Start(IReadOnlyList<string> commandLine,
        string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var ownGroup = File.Exists(Command.SetSid);
        var startInfo = new ProcessStartInfo(ownGroup ? Command.SetSid : commandLine[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in ownGroup ? commandLine : commandLine.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var server = new ServerProcess(startInfo, ownGroup);
        server.Run();
        return server;
    }

    /// <summary>Asks the server's root process to stop (e.g. SIGINT = PostgreSQL fast shutdown), then kills the group if it lingers.</summary>
    public async Task StopAsync(int? signal, TimeSpan grace)
    {
        if (signal is { } value && !_process.HasExited)
        {
            Signals.Send(_process.Id, value);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Did not stop in time: fall through to the kill.
            }
        }

        Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Kills the whole process group (or, without setsid, the process tree). Safe to call twice, and from
    /// ProcessExit: it only sends signals and never waits.
    /// </summary>
    public void Kill()
    {
        ProcessJanitor.Forget(this);
        if (_ownGroup)
        {
            // The group outlives its root (orphaned children keep the pgid), so kill it even if the root is gone.
            Signals.SendToGroup(_process.Id, Signals.Kill);
            return;
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void Run()
    {
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ProcessJanitor.Track(this);
        if (_ownGroup)
        {
            Command.StartDetached("sh", "-c", WatchdogScript, "clinicops-watchdog",
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                _process.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLines && _output.TryDequeue(out _))
        {
        }
    }
}
