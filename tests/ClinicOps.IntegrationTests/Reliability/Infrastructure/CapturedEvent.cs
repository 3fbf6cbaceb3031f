using RabbitMQ.Client;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// One integration event exactly as MassTransit put it on the wire: the exchange it was published to, its AMQP
/// properties and its envelope (which carries the MessageId and, inside the message, the EventId and ClinicId).
/// </summary>
public sealed record CapturedEvent(string Exchange, string MessageType, Guid MessageId, Guid EventId, Guid ClinicId,
    BasicProperties Properties, ReadOnlyMemory<byte> Body)
{
    public override string ToString() => $"{MessageType} {EventId}";
}
