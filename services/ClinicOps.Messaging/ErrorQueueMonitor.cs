using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace ClinicOps.Messaging;

/// <summary>
/// Counts the messages waiting in each of the service's <c>_error</c> queues (where MassTransit moves a message whose
/// handler failed every retry) every <see cref="MessagingOptions.ErrorQueuePollInterval"/>, for the metric
/// <c>clinicops.messaging.error_queue.messages</c>: without it a failed event is invisible until someone opens the broker.
/// The queues are the receive endpoints the bus started (seen as a receive endpoint observer). Operators list and replay the messages from the dashboard (docs/operations.md).
/// </summary>
public sealed class ErrorQueueMonitor(
    IServiceProvider services,
    MessagingOptions options,
    MessagingMetrics metrics,
    TimeProvider time,
    ILogger<ErrorQueueMonitor> logger) : BackgroundService, IReceiveEndpointObserver
{
    public const string ErrorQueueSuffix = "_error";

    private readonly ConcurrentDictionary<string, bool> _queues = new(StringComparer.Ordinal);

    public Task Ready(ReceiveEndpointReady ready)
    {
        var queue = ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        // The bus's own temporary endpoint is not one of the service's queues and changes name at every start.
        if (queue is not null && queue.StartsWith(options.QueuePrefix + "-", StringComparison.Ordinal))
        {
            _queues.TryAdd(queue, true);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.ErrorQueuePollInterval, time, stoppingToken);
            try
            {
                await CountAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker may be away: the gauge keeps its last counts until the next poll succeeds.
                logger.LogDebug(e, "Counting the messages in the _error queues failed; retrying");
            }
        }
    }

    private async Task CountAsync(CancellationToken ct)
    {
        var connection = services.GetRequiredService<IConnection>();
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        foreach (var queue in _queues.Keys.Order(StringComparer.Ordinal))
        {
            // Declared as MassTransit declares it when it moves its first message there (an idempotent declaration): a
            // passive one would fail for every queue that never had a failure and fill the broker's log with errors.
            var errorQueue = queue + ErrorQueueSuffix;
            var declared = await channel.QueueDeclareAsync(errorQueue, durable: true, exclusive: false, autoDelete: false,
                options.QuorumQueues ? new Dictionary<string, object?> { ["x-queue-type"] = "quorum" } : null, cancellationToken: ct);
            metrics.ErrorQueueLength(errorQueue, declared.MessageCount);
        }
    }
}
