using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.Messaging.Tests;

/// <summary>The outbox, relay and inbox against a real PostgreSQL and RabbitMQ.</summary>
[Collection(NoteWrittenCollection.Name)]
public sealed class MessagingTests : IAsyncLifetime
{
    private MessagingHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagingHost.StartAsync(await TestServers.GetAsync());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_event_saved_with_a_change_is_delivered_and_its_effect_happens_once()
    {
        var written = await _host.WriteNoteAsync();

        await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(written.NoteId) is not null, "the note is handled", MessagingHost.Deadline);

        Assert.Equal(1, await _host.TimesHandledAsync(written.NoteId));
        // The consumer may finish before the relay commits its "sent" mark: the broker confirmed first.
        await Eventually.UntilAsync(async () =>
            (await _host.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == written.EventId))).SentAt is not null, "the row is marked sent", MessagingHost.Deadline);
        var outbox = await _host.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == written.EventId));
        Assert.Equal(typeof(NoteWritten).FullName, outbox.Type);
        Assert.Equal(1, await _host.QueryAsync(db => db.Inbox.CountAsync(m => m.EventId == written.EventId)));
        await Eventually.UntilAsync(() => Task.FromResult(_host.Recorder.CompletedFor(written.EventId) == 1), "the delivery completes", MessagingHost.Deadline);
        Assert.Contains((written.EventId, (Guid?)written.EventId), _host.Recorder.Completed);
    }

    [Fact]
    public async Task Delivering_the_same_message_again_changes_nothing()
    {
        var written = await _host.WriteNoteAsync();
        await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(written.NoteId) is not null, "the note is handled", MessagingHost.Deadline);

        // Redeliveries, some of them concurrent: the inbox must let none of them through.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            _host.Bus.Publish(written, context => context.MessageId = written.EventId)));

        await Eventually.UntilAsync(() => Task.FromResult(_host.Recorder.CompletedFor(written.EventId) == 5),
            "all five deliveries complete", MessagingHost.Deadline);
        Assert.Equal(1, await _host.TimesHandledAsync(written.NoteId));
        Assert.Equal(1, await _host.QueryAsync(db => db.Inbox.CountAsync(m => m.EventId == written.EventId)));
    }

    [Fact]
    public async Task Concurrent_first_deliveries_of_one_event_are_handled_once()
    {
        var note = new Note(Guid.CreateVersion7(), "twice at once");
        var written = MessagingHost.Event(note);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _host.Bus.Publish(written, context => context.MessageId = written.EventId)));

        await Eventually.UntilAsync(() => Task.FromResult(_host.Recorder.CompletedFor(written.EventId) == 6),
            "all six deliveries complete", MessagingHost.Deadline);
        Assert.Equal(1, await _host.TimesHandledAsync(note.Id));
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        var rolledBack = await _host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var note = new Note(Guid.CreateVersion7(), "never happened");
            db.Notes.Add(note);
            db.AddIntegrationEvent(MessagingHost.Event(note));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return note;
        });

        // The relay sends in order: once a later event is handled, an earlier one would have been too.
        var later = await _host.WriteNoteAsync();
        await Eventually.UntilAsync(async () => await _host.TimesHandledAsync(later.NoteId) is not null, "the later note is handled", MessagingHost.Deadline);

        Assert.Null(await _host.TimesHandledAsync(rolledBack.Id));
        Assert.Equal(0, await _host.QueryAsync(db => db.Outbox.CountAsync(m => m.Id != later.EventId)));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_in_the_error_queue_with_no_effect()
    {
        var poison = await _host.WriteNoteAsync(NoteWritten.Poison);

        var errorQueue = new KebabCaseEndpointNameFormatter(_host.ServiceName, false).Consumer<EventConsumer<TestDbContext, NoteWritten>>() + "_error";
        await Eventually.UntilAsync(async () => await BrokerQueues.MessageCountAsync(errorQueue) == 1,
            $"the message is in {errorQueue}", TimeSpan.FromSeconds(30));

        Assert.Null(await _host.TimesHandledAsync(poison.NoteId));
        Assert.Equal(0, await _host.QueryAsync(db => db.Inbox.CountAsync(m => m.EventId == poison.EventId)));
    }

    [Fact]
    public async Task A_burst_of_events_is_handled_together_in_batches_and_each_event_once()
    {
        using var metrics = new MetricsRecorder(MessagingMetrics.MeterName, _host.ServiceName);

        var burst = await _host.WriteNotesAsync(300);

        await Eventually.UntilAsync(() => Task.FromResult(metrics.Sum("clinicops.messaging.events.consumed") >= burst.Count),
            "every event of the burst is handled", MessagingHost.Deadline);
        var noteIds = burst.Select(e => e.NoteId).ToList();
        var eventIds = burst.Select(e => e.EventId).ToList();
        Assert.Equal(burst.Count, await _host.QueryAsync(db => db.Receipts.CountAsync(r => noteIds.Contains(r.NoteId) && r.Times == 1)));
        Assert.Equal(burst.Count, await _host.QueryAsync(db => db.Inbox.CountAsync(m => eventIds.Contains(m.EventId))));
        // Handled together: fewer rounds than events, and at least one round of several events.
        Assert.Equal(burst.Count, metrics.Sum("clinicops.messaging.consumer.batch_size"));
        Assert.True(metrics.Max("clinicops.messaging.consumer.batch_size") > 1,
            $"{metrics.Count("clinicops.messaging.consumer.batch_size")} rounds for {burst.Count} events, none of several events");
    }

    [Fact]
    public async Task An_event_that_keeps_failing_in_a_burst_fails_alone_and_every_other_event_is_handled_once()
    {
        var burst = await _host.WriteNotesAsync(60, i => i == 30 ? NoteWritten.Poison : $"burst {i}");
        var poison = burst[30];

        var errorQueue = new KebabCaseEndpointNameFormatter(_host.ServiceName, false).Consumer<EventConsumer<TestDbContext, NoteWritten>>() + "_error";
        await Eventually.UntilAsync(async () => await BrokerQueues.MessageCountAsync(errorQueue) == 1,
            $"the poison message is in {errorQueue}", TimeSpan.FromSeconds(30));

        var others = burst.Where(e => e != poison).Select(e => e.NoteId).ToList();
        Assert.Equal(others.Count, await _host.QueryAsync(db => db.Receipts.CountAsync(r => others.Contains(r.NoteId) && r.Times == 1)));
        Assert.Null(await _host.TimesHandledAsync(poison.NoteId));
        Assert.Equal(0, await _host.QueryAsync(db => db.Inbox.CountAsync(m => m.EventId == poison.EventId)));
    }

    [Fact]
    public async Task Health_checks_include_the_broker_connection_and_the_bus()
    {
        var report = await _host.CheckHealthAsync();

        Assert.True(report.Status == HealthStatus.Healthy, string.Join(", ", report.Entries.Select(e => $"{e.Key}={e.Value.Status}")));
        Assert.Contains(report.Entries.Keys, name => name.Contains("rabbit", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(report.Entries.Keys, name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Published_and_consumed_events_and_consumer_lag_are_measured()
    {
        using var metrics = new MetricsRecorder(MessagingMetrics.MeterName, _host.ServiceName);

        var written = await _host.WriteNoteAsync();
        await Eventually.UntilAsync(() => Task.FromResult(metrics.Sum("clinicops.messaging.events.consumed") >= 1),
            "the consumed counter moves", MessagingHost.Deadline);

        Assert.Equal(1, metrics.Sum("clinicops.messaging.events.published"));
        Assert.Equal(1, metrics.Count("clinicops.messaging.consumer.lag"));
        Assert.All(metrics.EventTypes, type => Assert.Equal(typeof(NoteWritten).FullName, type));
        Assert.NotNull(written);
    }

    [Fact]
    public async Task Every_failed_consume_attempt_is_counted_per_event_type()
    {
        using var metrics = new MetricsRecorder(MessagingMetrics.MeterName, _host.ServiceName);

        await _host.WriteNoteAsync(NoteWritten.Poison);

        var errorQueue = new KebabCaseEndpointNameFormatter(_host.ServiceName, false).Consumer<EventConsumer<TestDbContext, NoteWritten>>() + "_error";
        await Eventually.UntilAsync(async () => await BrokerQueues.MessageCountAsync(errorQueue) == 1,
            $"the message is in {errorQueue}", TimeSpan.FromSeconds(30));
        // The first attempt and three retries, each failing, before the message moved to the _error queue.
        Assert.Equal(4, metrics.Sum("clinicops.messaging.consume.failures"));
        Assert.Equal(0, metrics.Sum("clinicops.messaging.events.consumed"));
        Assert.All(metrics.EventTypes, type => Assert.Equal(typeof(NoteWritten).FullName, type));
    }
}
