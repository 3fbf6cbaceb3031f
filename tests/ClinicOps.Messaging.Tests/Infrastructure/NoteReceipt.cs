namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>The consumer's effect: a counter that a second handling of the same event would visibly increase.</summary>
public sealed class NoteReceipt(Guid noteId)
{
    public Guid NoteId { get; private set; } = noteId;

    public int Times { get; set; }
}
