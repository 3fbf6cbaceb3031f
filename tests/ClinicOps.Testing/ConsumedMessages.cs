using System.Collections.Concurrent;
using MassTransit;

namespace ClinicOps.Testing;

/// <summary>
/// Watches a service's bus (every <see cref="ServiceFactory{TProgram}"/> has one): how many times a message (by MessageId,
/// which is the event's id) has been through a consumer, skipped redeliveries and stale events included — so a test that
/// asserts an event changed nothing first waits until it was handled, instead of sleeping.
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

    /// <summary>Waits until the consumer has been through <paramref name="messageId"/> at least <paramref name="times"/> times.</summary>
    public Task WaitAsync(Guid messageId, int times = 1) =>
        Eventually.GetAsync(() => Task.FromResult(Count(messageId)), count => count >= times,
            $"message {messageId} to be consumed {times} time(s)", Deadline);
}
