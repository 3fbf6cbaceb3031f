namespace ClinicOps.Contracts;

/// <summary>
/// Base of every event one service tells the others. <see cref="EventId"/> is also the outbox row id
/// and the MassTransit MessageId, so a consumer's inbox can recognise a redelivery.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public required Guid ClinicId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
