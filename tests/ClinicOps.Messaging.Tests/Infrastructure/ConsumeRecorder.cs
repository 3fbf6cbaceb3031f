using System.Collections.Concurrent;
using MassTransit;

namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>Sees every delivery to this host's consumers, including the ones the inbox skips.</summary>
public sealed class ConsumeRecorder : IConsumeObserver
{
    private readonly ConcurrentQueue<(Guid EventId, Guid? MessageId)> _completed = new();

    public IReadOnlyCollection<(Guid EventId, Guid? MessageId)> Completed => _completed;

    public int CompletedFor(Guid eventId) => _completed.Count(c => c.EventId == eventId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is NoteWritten note)
        {
            _completed.Enqueue((note.EventId, context.MessageId));
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
