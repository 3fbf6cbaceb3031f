using System.Diagnostics;
using System.Runtime.InteropServices;
using ClinicOps.Testing.Servers;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Starts <see cref="BareProxyServer"/> in a child process in front of one service, waits until it forwards, and ends it
/// when disposed. It runs with server GC, as the gateway does (the web SDK's default).
/// </summary>
public sealed class BareProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private BareProxy(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>CPU seconds the proxy process has used so far.</summary>
    public double CpuSeconds =>
        File.Exists($"/proc/{_process.Id}/stat") ? ProcessTree.CpuTicksOf(File.ReadAllText($"/proc/{_process.Id}/stat")) / 100.0 : 0;

    /// <param name="readyPath">A path the service answers 200 on, asked through the proxy until it does.</param>
    public static async Task<BareProxy> StartAsync(Uri service, string readyPath, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { typeof(BareProxy).Assembly.Location, BareProxyServer.Mode, service.ToString(), port.ToString(System.Globalization.CultureInfo.InvariantCulture), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bare YARP proxy.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new BareProxy(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await proxy.WaitForwardingAsync(readyPath, cancellationToken);
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private async Task WaitForwardingAsync(string readyPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bare YARP proxy exited with code {_process.ExitCode} before it forwarded.");
            }

            try
            {
                using var answer = await http.GetAsync(readyPath, cancellationToken);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The bare YARP proxy did not forward {readyPath} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>The dotnet host that runs this process: .../dotnet beside shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string DotnetHost()
    {
        var root = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory()).Parent?.Parent?.Parent?.FullName;
        var host = root is null ? null : Path.Combine(root, "dotnet");
        return host is not null && File.Exists(host)
            ? host
            : throw new FileNotFoundException($"No dotnet host found above the runtime directory {RuntimeEnvironment.GetRuntimeDirectory()}.");
    }
}
