using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.Messaging.Tests;

/// <summary>The broker goes away while the service keeps working. Uses servers of its own so other tests are not disturbed.</summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private TestServers _servers = null!;
    private MessagingHost _host = null!;

    public async Task InitializeAsync()
    {
        _servers = await TestServers.StartNewAsync();
        _host = await MessagingHost.StartAsync(_servers);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _servers.DisposeAsync();
    }

    [Fact]
    public async Task Changes_written_while_the_broker_is_down_succeed_and_every_event_arrives_after_it_returns()
    {
        var before = await _host.WriteNoteAsync("before the outage");
        await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(before.NoteId) is not null, "the first note is handled", MessagingHost.Deadline);

        await _servers.StopRabbitMqAsync();
        var during = new List<NoteWritten>();
        for (var i = 0; i < 20; i++)
        {
            // Writes never wait for the broker: each one only adds an outbox row.
            during.Add(await _host.WriteNoteAsync($"during the outage {i}").WaitAsync(TimeSpan.FromSeconds(5)));
        }

        await Eventually.UntilAsync(
            async () => await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.Attempts > 0 && m.LastError != null)),
            "the relay has tried and recorded a failure", MessagingHost.Deadline);
        Assert.Equal(20, await _host.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null)));
        await Eventually.UntilAsync(async () => (await _host.CheckHealthAsync()).Status != HealthStatus.Healthy,
            "health reports the broker missing", MessagingHost.Deadline);

        await _servers.StartRabbitMqAsync();
        var after = await _host.WriteNoteAsync("after the outage");

        foreach (var note in during.Append(after))
        {
            await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(note.NoteId) is not null,
                $"'{note.Text}' is handled", TimeSpan.FromSeconds(60));
        }

        Assert.All(await _host.QueryAsync(db => db.Receipts.ToListAsync()), receipt => Assert.Equal(1, receipt.Times));
        Assert.Equal(22, await _host.QueryAsync(db => db.Receipts.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null)));
        await Eventually.UntilAsync(async () => (await _host.CheckHealthAsync()).Status == HealthStatus.Healthy,
            "health recovers", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Events_in_flight_when_the_broker_goes_down_all_arrive_once_after_it_returns()
    {
        const int burst = 2000;
        await _host.WriteNotesAsync(burst);
        await Eventually.UntilAsync(async () => await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.SentAt != null)),
            "the relay has started publishing the burst", MessagingHost.Deadline);

        await _servers.StopRabbitMqAsync();
        var unsentAtStop = await _host.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null));
        Assert.True(unsentAtStop > 0, "The whole burst was published before the broker stopped: no batch was in flight.");
        await Eventually.UntilAsync(
            async () => await _host.QueryAsync(db => db.Outbox.AnyAsync(m => m.Attempts > 0 && m.LastError != null)),
            "a publish cut off by the outage is recorded as failed", MessagingHost.Deadline);

        await _servers.StartRabbitMqAsync();
        await Eventually.UntilAsync(async () => await _host.QueryAsync(db => db.Receipts.CountAsync()) == burst,
            $"all {burst} events are handled ({unsentAtStop} were unsent when the broker stopped)", TimeSpan.FromSeconds(120));

        Assert.Equal(0, await _host.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null)));
        Assert.All(await _host.QueryAsync(db => db.Receipts.ToListAsync()), receipt => Assert.Equal(1, receipt.Times));
    }
}
