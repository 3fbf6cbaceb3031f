using ClinicOps.Contracts;

namespace ClinicOps.Messaging;

/// <summary>
/// What a service does with one event, inside its consumer's transaction (tenant = the event's clinic): change tracked
/// entities and add follow-up events with AddIntegrationEvent; never save (the consumer saves once, with the inbox row).
/// Contravariant, so a handler of a snapshot base (AppointmentSnapshot) handles every event derived from it.
/// </summary>
public interface IEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent message, CancellationToken ct);
}
