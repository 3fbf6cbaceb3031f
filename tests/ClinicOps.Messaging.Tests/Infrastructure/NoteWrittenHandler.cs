namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>Counts the times a note was handled in its receipt; a poison note fails after changing it.</summary>
public sealed class NoteWrittenHandler(TestDbContext db) : IEventHandler<NoteWritten>
{
    public async Task HandleAsync(NoteWritten message, CancellationToken ct)
    {
        var receipt = await db.Receipts.FindAsync([message.NoteId], ct);
        if (receipt is null)
        {
            receipt = new NoteReceipt(message.NoteId);
            db.Receipts.Add(receipt);
        }

        receipt.Times++;
        if (message.Text == NoteWritten.Poison)
        {
            throw new InvalidOperationException("This note cannot be handled.");
        }
    }
}
