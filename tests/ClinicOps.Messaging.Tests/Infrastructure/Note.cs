namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>The producer's business change in these tests.</summary>
public sealed class Note(Guid id, string text)
{
    public Guid Id { get; private set; } = id;

    public string Text { get; private set; } = text;
}
