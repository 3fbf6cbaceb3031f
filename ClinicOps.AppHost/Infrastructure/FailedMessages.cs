using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// The messages in the broker's <c>_error</c> queues — events whose handler failed every retry — as the dashboard's two
/// commands on the broker show them: a list (per queue, how many and why the newest failed) and a replay that moves each
/// message back to the queue it failed on once the cause is fixed. The services' inboxes make a replay safe to repeat: an
/// event already handled is recognised and skipped. Queues are listed with the node's own rabbitmqctl; messages move
/// over AMQP with publisher confirms, each acknowledged on the error queue only once the broker holds its copy.
/// </summary>
public sealed class FailedMessages(IResourceWithConnectionString broker, IReadOnlyDictionary<string, string> nodeEnvironment, EndpointReference epmd)
{
    private const string ErrorSuffix = "_error";
    private const int ReasonsShown = 5;

    /// <summary>Every _error queue holding messages, by name, with its count.</summary>
    public async Task<IReadOnlyList<(string Queue, long Messages)>> ErrorQueuesAsync(CancellationToken ct)
    {
        var environment = new Dictionary<string, string>(nodeEnvironment)
        {
            ["ERL_EPMD_PORT"] = epmd.Port.ToString(CultureInfo.InvariantCulture),
        };
        var json = await ProcessRunner.RunAsync(Path.Combine(Path.GetDirectoryName(LocalBinaries.RabbitMqServer())!, "rabbitmqctl"),
            ["--node", environment["RABBITMQ_NODENAME"], "list_queues", "name", "messages", "--formatter", "json", "--quiet"],
            environment["HOME"], NullLogger.Instance, ct, environment);
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!
            .Select(q => (Queue: q.GetProperty("name").GetString()!, Messages: q.GetProperty("messages").GetInt64()))
            .Where(q => q.Queue.EndsWith(ErrorSuffix, StringComparison.Ordinal) && q.Messages > 0)
            .OrderBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A Markdown report: each _error queue's count and the reasons its first messages failed.</summary>
    public async Task<string> ListAsync(CancellationToken ct)
    {
        var queues = await ErrorQueuesAsync(ct);
        if (queues.Count == 0)
        {
            return "No failed messages: every _error queue is empty.";
        }

        await using var connection = await ConnectAsync(ct);
        var report = new StringBuilder($"{queues.Sum(q => q.Messages)} failed messages.\n\n| queue | messages | failed at | event | reason |\n|---|---|---|---|---|\n");
        foreach (var (queue, messages) in queues)
        {
            // Read without acknowledging: closing the channel puts every message back where it was. The broker then marks
            // them redelivered, which nothing reads: a replay publishes a fresh copy of each to its queue.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            for (var shown = 0; shown < Math.Min(messages, ReasonsShown); shown++)
            {
                var message = await channel.BasicGetAsync(queue, autoAck: false, ct);
                if (message is null)
                {
                    break;
                }

                var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
                report.Append(CultureInfo.InvariantCulture,
                    $"| {(shown == 0 ? queue : "")} | {(shown == 0 ? messages : "")} | {Header(headers, "MT-Fault-Timestamp")} | " +
                    $"{Header(headers, "MT-Fault-MessageType")} | {Header(headers, "MT-Fault-Message")} |\n");
            }
        }

        return report.ToString();
    }

    /// <summary>Moves the messages each _error queue held when the replay began back to their queues; the count per queue.</summary>
    public async Task<IReadOnlyList<(string Queue, long Moved)>> ReplayAsync(CancellationToken ct)
    {
        var queues = await ErrorQueuesAsync(ct);
        await using var connection = await ConnectAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        List<(string, long)> moved = [];
        foreach (var (errorQueue, messages) in queues)
        {
            var queue = errorQueue[..^ErrorSuffix.Length];
            long count = 0;
            // Only what was there at the start: a message that fails again returns to the error queue and waits.
            while (count < messages && await channel.BasicGetAsync(errorQueue, autoAck: false, ct) is { } message)
            {
                var properties = new BasicProperties(message.BasicProperties);
                properties.Headers = message.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                    .ToDictionary(h => h.Key, h => h.Value);
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, ct);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
                count++;
            }

            moved.Add((queue, count));
        }

        return moved;
    }

    private Task<IConnection> ConnectAsync(CancellationToken ct) => BrokerConnection.OpenAsync(broker, "clinicops-apphost-failed-messages", ct);

    private static string Header(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) switch
        {
            false => "",
            true when value is byte[] bytes => Escape(Encoding.UTF8.GetString(bytes)),
            true => Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        };

    private static string Escape(string cell)
    {
        var text = cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
