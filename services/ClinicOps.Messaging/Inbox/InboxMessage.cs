namespace ClinicOps.Messaging;

/// <summary>
/// An event a consumer has handled, written in the same transaction as the consumer's changes, so a redelivery
/// of the same event to the same consumer is recognised and skipped.
/// </summary>
public sealed class InboxMessage(Guid eventId, string consumer, DateTimeOffset processedAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Consumer { get; private set; } = consumer;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;
}
