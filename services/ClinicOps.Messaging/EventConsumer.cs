using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

/// <summary>
/// The consumer of every service, one per event type it handles (see <see cref="ConsumedEvents{TDbContext}"/>): hands
/// the event to the service's handlers for it, in the order they were registered, at most once, through the
/// service's <see cref="EventBatcher{TDbContext}"/> (which handles events arriving together in one transaction).
/// Each message still succeeds or fails on its own: a failure is retried and ends in the _error queue for this message
/// only. The event type comes last because MassTransit names a generic consumer's queue after its last type argument:
/// "billing-appointment-scheduled".
/// </summary>
public sealed class EventConsumer<TDbContext, TEvent>(EventBatcher<TDbContext> batcher, MessagingMetrics metrics,
    TimeProvider time)
    : IConsumer<TEvent>
    where TDbContext : DbContext
    where TEvent : IntegrationEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        bool handled;
        try
        {
            handled = await batcher.HandleAsync(message, context.CancellationToken);
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // Counted per attempt: MassTransit retries the message, then moves it to the _error queue.
            metrics.ConsumeFailed(message.GetType().FullName!);
            throw;
        }

        if (handled)
        {
            metrics.Consumed(message.GetType().FullName!, time.Now() - message.OccurredAt);
        }
    }
}
