using System.Net;
using System.Net.Http.Json;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class CallListTests(RemindersFactory factory)
{
    [Fact]
    public async Task Call_reminders_are_never_sent_by_the_dispatcher_and_stay_in_the_call_list_until_marked()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(1));
        var call = await clinic.CreateReminderAsync(appointment.Id,
            new { type = "call", purpose = "follow_up", sendAt = appointment.StartsAt.AddHours(2), note = "Ask about the new medication" });

        factory.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(3));
        await factory.DispatchAsync();

        var endOfToday = clinic.Now.AddHours(1);
        var list = await CallListAsync(clinic, endOfToday);
        var listed = Assert.Single(list.Items);
        Assert.Equal((call.Id, "pending", 0, "Ask about the new medication"), (listed.Id, listed.Status, listed.Attempts, listed.Note));
        Assert.Null(listed.SentAt);

        var marked = await clinic.Client("receptionist").PostAsJsonAsync($"/api/reminders/{call.Id}/mark-sent", new { note = "Feeling better" });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var sent = (await marked.Content.ReadFromJsonAsync<ReminderResponse>())!;
        Assert.Equal(("sent", "staff"), (sent.Status, sent.Channel));
        Assert.Equal(clinic.Now, sent.SentAt);
        Assert.Equal("Ask about the new medication\nFeeling better", sent.Note);
        Assert.Empty((await CallListAsync(clinic, endOfToday)).Items);

        var again = await clinic.Client().PostAsync($"/api/reminders/{call.Id}/mark-failed", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task The_call_list_holds_only_pending_calls_due_before_the_given_time_in_due_order()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var later = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(5) });
        var sooner = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(3) });
        await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddDays(1) });
        await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddHours(4) });
        var cancelled = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(4) });
        await clinic.Client().PostAsync($"/api/reminders/{cancelled.Id}/cancel", null);

        var list = await CallListAsync(clinic, clinic.Now.AddHours(12));

        Assert.Equal([sooner.Id, later.Id], list.Items.Select(r => r.Id));
        Assert.Equal(2, list.TotalCount);
    }

    [Fact]
    public async Task Mark_failed_records_the_outcome_and_the_note_as_the_error()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var call = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(1) });

        var response = await clinic.Client("doctor").PostAsJsonAsync($"/api/reminders/{call.Id}/mark-failed", new { note = "No answer, voicemail full" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = (await response.Content.ReadFromJsonAsync<ReminderResponse>())!;
        Assert.Equal(("failed", 1, "No answer, voicemail full"), (failed.Status, failed.Attempts, failed.LastError));
    }

    [Fact]
    public async Task Mark_failed_without_a_body_is_allowed()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var call = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(1) });

        var response = await clinic.Client().PostAsync($"/api/reminders/{call.Id}/mark-failed", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("failed", (await response.Content.ReadFromJsonAsync<ReminderResponse>())!.Status);
    }

    [Theory]
    [InlineData("email", "mark-sent")]
    [InlineData("email", "mark-failed")]
    [InlineData("sms", "mark-sent")]
    [InlineData("sms", "mark-failed")]
    public async Task Marking_a_reminder_that_is_not_a_call_is_422(string type, string action)
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type, sendAt = clinic.Now.AddHours(1) });

        var response = await clinic.Client().PostAsJsonAsync($"/api/reminders/{reminder.Id}/{action}", new { note = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("pending", (await clinic.ReminderAsync(reminder.Id)).Status);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/cancel")]
    [InlineData("POST", "/mark-sent")]
    [InlineData("POST", "/mark-failed")]
    public async Task Another_clinics_reminder_is_404(string method, string action)
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var call = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddHours(1) });
        var stranger = new Clinic(factory);

        var response = await stranger.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/reminders/{call.Id}{action}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("pending", (await clinic.ReminderAsync(call.Id)).Status);
        Assert.Empty((await CallListAsync(stranger, stranger.Now.AddDays(1))).Items);
    }

    private static async Task<PagedResult<ReminderResponse>> CallListAsync(Clinic clinic, DateTimeOffset dueBefore)
    {
        var query = $"/api/reminders?type=call&status=pending&dueBefore={Uri.EscapeDataString(dueBefore.ToString("O"))}";
        var response = await clinic.Client().GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PagedResult<ReminderResponse>>())!;
    }
}
