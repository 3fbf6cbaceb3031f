using ClinicOps.Contracts;

namespace ClinicOps.Messaging.Tests.Infrastructure;

public sealed record NoteWritten : IntegrationEvent
{
    /// <summary>The consumer fails on this text every time (a poison message).</summary>
    public const string Poison = "poison";

    public required Guid NoteId { get; init; }

    public required string Text { get; init; }
}
