using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Messaging.Tests.Support;

public sealed class NoteWrittenConsumer(TestDbContext db, ITenantContext tenant)
    : IdempotentConsumer<NoteWritten, TestDbContext>(db, tenant)
{
    protected override async Task HandleAsync(NoteWritten message, CancellationToken ct)
    {
        var receipt = await Db.Receipts.FindAsync([message.NoteId], ct);
        if (receipt is null)
        {
            receipt = new NoteReceipt(message.NoteId);
            Db.Receipts.Add(receipt);
        }

        receipt.Times++;
        if (message.Text == NoteWritten.Poison)
        {
            throw new InvalidOperationException("This note cannot be handled.");
        }
    }
}
