using System.Diagnostics;
using System.Globalization;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// Messages in each of the broker's queues (ready and not yet acknowledged), asked of the app's own RabbitMQ node with
/// rabbitmqctl: AMQP cannot list queues, and the node runs without the management plugin. rabbitmqctl reaches the node
/// through its epmd and Erlang cookie, both found in the environment the AppHost gave the broker.
/// </summary>
public static class BrokerQueues
{
    public const string Rabbitmqctl = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Queue name → messages (ready + unacknowledged).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(BenchApp app, CancellationToken cancellationToken)
    {
        var environment = app.EnvironmentOf(ResourceNames.RabbitMq);
        if (!File.Exists(Rabbitmqctl) || !environment.TryGetValue("RABBITMQ_NODENAME", out var node) || !environment.ContainsKey("HOME"))
        {
            throw new InvalidOperationException(
                $"The broker's queues cannot be read: the benchmark asks the machine's own RabbitMQ node with {Rabbitmqctl} " +
                "(Debian package rabbitmq-server), and the app's broker is not such a node.");
        }

        var start = new ProcessStartInfo(Rabbitmqctl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-n", node, "-q", "list_queues", "--no-table-headers", "name", "messages" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "HOME", "ERL_EPMD_PORT", "RABBITMQ_CONF_ENV_FILE", "RABBITMQ_NODENAME" })
        {
            if (environment.TryGetValue(name, out var value))
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Rabbitmqctl}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rabbitmqctl list_queues did not answer within {Timeout.TotalSeconds} s.");
        }

        var output = await stdout;
        return process.ExitCode == 0
            ? Parse(output)
            : throw new InvalidOperationException($"rabbitmqctl list_queues exited {process.ExitCode}: {output} {await stderr}");
    }

    /// <summary>Lines of "name&lt;tab&gt;messages"; anything else (a banner, a header) is skipped.</summary>
    public static IReadOnlyDictionary<string, long> Parse(string output)
    {
        var queues = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var messages))
            {
                queues[fields[0]] = messages;
            }
        }

        return queues;
    }

    /// <summary>Queues where MassTransit parks messages a consumer failed on or had no consumer for.</summary>
    public static bool IsDeadLetter(string queue) =>
        queue.EndsWith("_error", StringComparison.Ordinal) || queue.EndsWith("_skipped", StringComparison.Ordinal);
}
