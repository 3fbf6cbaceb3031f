using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Yarp.ReverseProxy.Configuration;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The bare YARP hop of figure 1: a reverse proxy with one catch-all route to one service and nothing else (no token
/// check, no rate limit, no request id, no logging), run by the benchmark's own executable in a process of its own, as
/// the gateway runs in its own. It ends when the benchmark process that started it ends.
/// </summary>
public static class BareProxyServer
{
    public const string Mode = "bare-proxy";

    /// <param name="args">bare-proxy TARGET PORT PARENT-PID</param>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        if (args is not [Mode, var target, var port, var parent])
        {
            throw new ArgumentException($"Usage: {Mode} TARGET-URL PORT PARENT-PID");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddRoutingCore();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "service", Match = new RouteMatch { Path = "{**rest}" } }],
            [new ClusterConfig { ClusterId = "service", Destinations = new Dictionary<string, DestinationConfig> { ["service"] = new() { Address = target } } }]);
        var app = builder.Build();
        app.UseRouting();
        app.MapReverseProxy();
        using var orphaned = new CancellationTokenSource();
        _ = WatchParentAsync(int.Parse(parent, System.Globalization.CultureInfo.InvariantCulture), orphaned);
        await app.RunAsync(orphaned.Token);
    }

    private static async Task WatchParentAsync(int parent, CancellationTokenSource orphaned)
    {
        while (Directory.Exists($"/proc/{parent}"))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await orphaned.CancelAsync();
    }
}
