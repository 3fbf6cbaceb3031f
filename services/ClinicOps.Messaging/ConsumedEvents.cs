using ClinicOps.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicOps.Messaging;

/// <summary>
/// The events a service consumes, each with its handlers: <c>events.Handle&lt;AppointmentScheduled, AppointmentReplica&gt;()</c>
/// registers the handler (scoped) and, once per event type, an <see cref="EventConsumer{TDbContext,TEvent}"/> with its queue.
/// </summary>
public sealed class ConsumedEvents<TDbContext>(IBusRegistrationConfigurator bus) where TDbContext : DbContext
{
    private readonly HashSet<Type> _consumed = [];

    /// <summary>MassTransit's registration, for what is not an event handler (a test's consume observer).</summary>
    public IBusRegistrationConfigurator Bus => bus;

    /// <summary>Hands <typeparamref name="TEvent"/> to <typeparamref name="THandler"/>, after the handlers registered before it.</summary>
    public ConsumedEvents<TDbContext> Handle<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IEventHandler<TEvent> =>
        Handle(typeof(TEvent), typeof(THandler));

    /// <inheritdoc cref="Handle{TEvent,THandler}"/>
    public ConsumedEvents<TDbContext> Handle(Type eventType, Type handlerType)
    {
        var handlerService = typeof(IEventHandler<>).MakeGenericType(eventType);
        if (!handlerService.IsAssignableFrom(handlerType))
        {
            throw new ArgumentException($"{handlerType.Name} does not handle {eventType.Name}.", nameof(handlerType));
        }

        bus.TryAddScoped(handlerType);
        bus.AddScoped(handlerService, services => services.GetRequiredService(handlerType));
        if (_consumed.Add(eventType))
        {
            bus.AddConsumer(typeof(EventConsumer<,>).MakeGenericType(typeof(TDbContext), eventType));
        }

        return this;
    }
}
