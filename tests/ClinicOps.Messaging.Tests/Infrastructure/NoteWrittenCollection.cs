namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>
/// Every <see cref="MessagingHost"/> binds a queue to the broker's one NoteWritten exchange, so each running host
/// receives every note any host publishes. Test classes that start hosts run one at a time: a test that counts what its
/// host consumed must not count another class's notes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NoteWrittenCollection
{
    public const string Name = "note-written";
}
