using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging.Tests;

/// <summary>Sent outbox rows and handled inbox rows are deleted once older than the retention; nothing else is.</summary>
[Collection(NoteWrittenCollection.Name)]
public sealed class MessagePruningTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private MessagingHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagingHost.StartAsync(await TestServers.GetAsync(),
        new MessagingOptions("pruning") { Retention = Retention, PruneInterval = TimeSpan.FromMilliseconds(200), PruneBatchSize = 2 });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sent_outbox_rows_and_handled_inbox_rows_older_than_the_retention_are_deleted_and_the_rest_stay()
    {
        var now = TimeProvider.System.GetUtcNow();
        var old = now - Retention - TimeSpan.FromDays(1);
        var recent = now - Retention + TimeSpan.FromDays(1);
        var oldSent = Enumerable.Range(0, 5).Select(_ => Sent(old)).ToList();
        var recentSent = Sent(recent);
        var oldUnsent = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "never published")));
        // Failing for a long time: its next attempt lies a year ahead, so the relay leaves it unsent during the test.
        oldUnsent.MarkFailed("broker down", now + TimeSpan.FromDays(365), TimeSpan.FromDays(1), maxAttempts: 25);
        var oldHandled = Enumerable.Range(0, 5).Select(_ => new InboxMessage(Guid.CreateVersion7(), "a consumer", old)).ToList();
        var recentHandled = new InboxMessage(Guid.CreateVersion7(), "a consumer", recent);
        await _host.QueryAsync(db =>
        {
            db.Outbox.AddRange([.. oldSent, recentSent, oldUnsent]);
            db.Inbox.AddRange([.. oldHandled, recentHandled]);
            return db.SaveChangesAsync();
        });
        var oldOutboxIds = oldSent.Select(m => m.Id).ToList();
        var oldInboxIds = oldHandled.Select(m => m.EventId).ToList();

        // Five old rows each side in batches of two: pruning takes several statements.
        await Eventually.UntilAsync(async () =>
                await _host.QueryAsync(db => db.Outbox.CountAsync(m => oldOutboxIds.Contains(m.Id))) == 0
                && await _host.QueryAsync(db => db.Inbox.CountAsync(m => oldInboxIds.Contains(m.EventId))) == 0,
            "the old sent and handled rows are deleted", MessagingHost.Deadline);

        Assert.True(await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.Id == recentSent.Id)), "a recently sent row stays");
        Assert.True(await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.Id == oldUnsent.Id && m.SentAt == null)),
            "an unsent row stays however old");
        Assert.True(await _host.QueryAsync(db => db.Inbox.AnyAsync(m => m.EventId == recentHandled.EventId)),
            "a recently handled row stays");
    }

    private static OutboxMessage Sent(DateTimeOffset sentAt)
    {
        var message = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "sent long ago")));
        message.MarkSent(sentAt);
        return message;
    }
}
