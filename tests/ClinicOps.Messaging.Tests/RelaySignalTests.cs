using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.Messaging.Tests;

[Collection(NoteWrittenCollection.Name)]
public sealed class RelaySignalTests
{
    [Fact]
    public async Task A_commit_wakes_the_relay_without_waiting_for_the_next_poll()
    {
        // With a one-minute poll, only the commit signal can get the event out within the deadline.
        await using var host = await MessagingHost.StartAsync(await TestServers.GetAsync(),
            new MessagingOptions("ignored") { PollInterval = TimeSpan.FromMinutes(1) });
        // The relay's first look happens at start-up; let it go to sleep before writing.
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var plain = await host.WriteNoteAsync("plain save");
        await Eventually.UntilAsync(async () => await host.TimesHandledAsync(plain.NoteId) is not null,
            "the note saved without a transaction is handled", TimeSpan.FromSeconds(15));

        var inTransaction = await host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var note = new Note(Guid.CreateVersion7(), "explicit transaction");
            db.Notes.Add(note);
            db.AddIntegrationEvent(MessagingHost.Event(note));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return note;
        });
        await Eventually.UntilAsync(async () => await host.TimesHandledAsync(inTransaction.Id) is not null,
            "the note committed in an explicit transaction is handled", TimeSpan.FromSeconds(15));
    }
}
