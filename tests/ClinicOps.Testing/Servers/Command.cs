using System.Diagnostics;

namespace ClinicOps.Testing.Servers;

/// <summary>Short helper commands (kill, docker info, initdb) run to completion with a deadline.</summary>
internal static class Command
{
    public static (int ExitCode, string Output) Run(string fileName, params string[] arguments) =>
        Run(TimeSpan.FromSeconds(10), fileName, arguments);

    public static (int ExitCode, string Output) Run(TimeSpan timeout, string fileName, params string[] arguments)
    {
        using var process = new Process { StartInfo = CreateStartInfo(fileName, arguments) };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{fileName}: {e.Message}");
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{fileName} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public const string SetSid = "/usr/bin/setsid";

    /// <summary>
    /// Starts a helper that lives on its own (a watchdog) in its own session, so that killing the test host's
    /// process group does not take it along. It closes its inherited standard streams itself.
    /// </summary>
    public static void StartDetached(string fileName, params string[] arguments)
    {
        using var process = File.Exists(SetSid)
            ? Process.Start(CreateStartInfo(SetSid, [fileName, .. arguments]))
            : Process.Start(CreateStartInfo(fileName, arguments));
    }

    private static ProcessStartInfo CreateStartInfo(string fileName, string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }
}
