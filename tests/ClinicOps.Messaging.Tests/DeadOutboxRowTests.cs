using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.Messaging.Tests;

/// <summary>An outbox row that can never be published ends dead after the allowed attempts, and the service says so.</summary>
[Collection(NoteWrittenCollection.Name)]
public sealed class DeadOutboxRowTests : IAsyncLifetime
{
    private const int MaxPublishAttempts = 3;
    private MessagingHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagingHost.StartAsync(await TestServers.GetAsync(),
        new MessagingOptions("dead-rows") { MaxPublishAttempts = MaxPublishAttempts, MaxBackoff = TimeSpan.FromMilliseconds(100) });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_unpublishable_row_is_dead_after_the_allowed_attempts_counted_and_reported_as_degraded_health()
    {
        using var metrics = new MetricsRecorder(MessagingMetrics.MeterName, _host.ServiceName);
        Assert.Equal(HealthStatus.Healthy, (await _host.CheckHealthAsync()).Status);

        // A row whose event type no longer exists: no attempt can ever read it.
        var unreadable = Guid.CreateVersion7();
        const string payload = "{}";
        await _host.QueryAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, type, payload, clinic_id, occurred_at, attempts)
            VALUES ({unreadable}, 'ClinicOps.Contracts.NoSuchEvent', {payload}::jsonb, {Guid.CreateVersion7()}, now(), 0)
            """));

        await Eventually.UntilAsync(async () =>
                await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.Id == unreadable && m.DeadAt != null)),
            "the row is dead", MessagingHost.Deadline);

        var report = await _host.CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.StartsWith("1 outbox row(s)", report.Entries["outbox-dead-rows"].Description);
        Assert.Equal(1, metrics.Sum("clinicops.messaging.outbox.dead"));
        Assert.Equal(MaxPublishAttempts, metrics.Sum("clinicops.messaging.publish.failures"));

        // Once a later event has gone through the relay, the dead row would have been tried again had it been due.
        var later = await _host.WriteNoteAsync();
        await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(later.NoteId) is not null,
            "a later note is handled", MessagingHost.Deadline);
        var dead = await _host.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == unreadable));
        Assert.Equal(MaxPublishAttempts, dead.Attempts);
        Assert.Null(dead.SentAt);
    }
}
