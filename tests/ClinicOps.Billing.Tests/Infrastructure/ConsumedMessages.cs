using System.Collections.Concurrent;
using ClinicOps.Testing;
using MassTransit;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>
/// Watches billing's bus: how many times a message (by MessageId) has been through a consumer, skipped
/// redeliveries included — so a test can wait for an event to be handled instead of sleeping.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public int Count(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    public Task WaitAsync(Guid messageId, int times = 1) =>
        Eventually.GetAsync(() => Task.FromResult(Count(messageId)), count => count >= times,
            $"message {messageId} to be consumed {times} time(s)", Deadline);
}
