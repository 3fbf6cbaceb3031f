using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Whether a container engine answers. Where one does, the AppHost uses Aspire's container resources for
/// PostgreSQL, RabbitMQ and the mailbox; where none does (a Docker client without an engine, or no client at all),
/// it runs the machine's own binaries. <c>ClinicOps:UseContainers</c> (true/false) skips the probe.
/// </summary>
public static class ContainerRuntime
{
    public const string ConfigurationKey = "ClinicOps:UseContainers";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly ConditionalWeakTable<IDistributedApplicationBuilder, StrongBox<bool>> Answers = [];

    public static bool IsContainerRuntimeAvailable(this IDistributedApplicationBuilder builder) =>
        Answers.GetValue(builder, b => new StrongBox<bool>(Probe(b.Configuration))).Value;

    private static bool Probe(IConfiguration configuration)
    {
        if (bool.TryParse(configuration[ConfigurationKey], out var forced))
        {
            return forced;
        }

        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DOTNET_ASPIRE_CONTAINER_RUNTIME"] ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // no container client installed
        }
    }
}
