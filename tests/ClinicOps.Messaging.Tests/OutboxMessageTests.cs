using System.Diagnostics;
using ClinicOps.Messaging.Tests.Infrastructure;

namespace ClinicOps.Messaging.Tests;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_outbox_row_carries_the_event_id_type_and_payload()
    {
        var written = MessagingHost.Event(new Note(Guid.CreateVersion7(), "text"));

        var message = OutboxMessage.From(written);

        Assert.Equal(written.EventId, message.Id);
        Assert.Equal("ClinicOps.Messaging.Tests.Infrastructure.NoteWritten", message.Type);
        Assert.Equal(written, message.ToEvent());
    }

    [Fact]
    public void An_outbox_row_keeps_the_trace_context_it_was_written_under_and_none_when_nothing_was_traced()
    {
        var request = new Activity("POST /api/notes").SetIdFormat(ActivityIdFormat.W3C).Start();
        request.TraceStateString = "clinicops=booking";
        var traced = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "text")));
        request.Stop();
        var untraced = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "text")));

        var context = Assert.NotNull(traced.TraceContext());
        Assert.Equal((request.TraceId, request.SpanId, "clinicops=booking"), (context.TraceId, context.SpanId, context.TraceState));
        Assert.Null(untraced.TraceContext());
    }

    [Fact]
    public void Failed_publishes_back_off_exponentially_up_to_a_cap()
    {
        var message = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "text")));
        var cap = TimeSpan.FromSeconds(10);

        var delays = Enumerable.Range(0, 7).Select(_ =>
        {
            message.MarkFailed("broker down", Now, cap, maxAttempts: 25);
            return message.NextAttemptAt - Now;
        }).ToList();

        Assert.Equal(new TimeSpan?[] { TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2),
            TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), cap, cap }, delays);
        Assert.Equal(7, message.Attempts);
        Assert.Equal("broker down", message.LastError);

        message.MarkSent(Now);
        Assert.Equal(Now, message.SentAt);
        Assert.Null(message.NextAttemptAt);
    }

    [Fact]
    public void A_row_that_fails_its_last_allowed_attempt_is_dead_and_not_scheduled_again()
    {
        var message = OutboxMessage.From(MessagingHost.Event(new Note(Guid.CreateVersion7(), "text")));

        message.MarkFailed("refused", Now, TimeSpan.FromSeconds(10), maxAttempts: 2);
        Assert.Null(message.DeadAt);
        Assert.NotNull(message.NextAttemptAt);

        message.MarkFailed("refused again", Now, TimeSpan.FromSeconds(10), maxAttempts: 2);
        Assert.Equal(Now, message.DeadAt);
        Assert.Null(message.NextAttemptAt);
        Assert.Equal(2, message.Attempts);
        Assert.Equal("refused again", message.LastError);
    }
}
