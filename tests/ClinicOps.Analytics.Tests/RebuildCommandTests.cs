using System.Diagnostics;
using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Tests;

/// <summary>The documented operator command, run as its own process against the service's database.</summary>
[Collection(AnalyticsCollection.Name)]
public sealed class RebuildCommandTests(AnalyticsFactory factory)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_rebuild_read_model_command_rebuilds_and_exits()
    {
        var story = Scenarios.BusyClinic("Pacific/Auckland", "NZD", scale: 1);
        await factory.Feed.PublishAsync(story.Events);
        await factory.Feed.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE clinic_counters SET completed_appointments = 42; DELETE FROM daily_revenue"));

        var (exitCode, output) = await RunCommandAsync(ReadModelRebuilder.Command);

        Assert.True(exitCode == 0, output);
        var client = factory.ClientFor(story.ClinicId);
        Assert.Equal(story.Expected.Dashboard(DateTimeOffset.UtcNow), await client.DashboardAsync());
        var (from, to) = story.Expected.RevenueDays();
        Assert.Equal(story.Expected.Revenue(from, to), await client.RevenueAsync(from, to));
    }

    private async Task<(int ExitCode, string Output)> RunCommandAsync(string command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ClinicOps.Analytics.dll"), command },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ConnectionStrings__analytics"] = factory.DatabaseConnectionString,
                ["ConnectionStrings__rabbitmq"] = factory.Servers.RabbitMqConnectionString,
                ["Jwt__PublicKey"] = TestTokens.PublicKeyPem,
                ["OTEL_SDK_DISABLED"] = "true",
                ["DOTNET_ENVIRONMENT"] = "Testing",
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not exit within {Limit.TotalSeconds:0} s: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
