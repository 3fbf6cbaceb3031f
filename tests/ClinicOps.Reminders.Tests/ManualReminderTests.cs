using System.Net;
using System.Net.Http.Json;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class ManualReminderTests(RemindersFactory factory)
{
    [Fact]
    public async Task Staff_create_a_follow_up_call_and_get_it_back()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var sendAt = appointment.StartsAt.AddDays(7);

        var response = await clinic.Client("receptionist").PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "call", purpose = "follow_up", sendAt, note = "Check the stitches" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ReminderResponse>())!;
        Assert.Equal($"/api/reminders/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((appointment.Id, "call", "follow_up", sendAt, "pending", 0, "Check the stitches"),
            (created.AppointmentId, created.Type, created.Purpose, created.SendAt, created.Status, created.Attempts, created.Note));
        Assert.Null(created.LastError);
        Assert.Contains(await clinic.RemindersOfAsync(appointment.Id), r => r.Id == created.Id);
    }

    [Fact]
    public async Task Purpose_defaults_to_upcoming_and_the_json_has_every_field()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));

        var response = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "sms", sendAt = clinic.Now.AddHours(1) });

        var json = await response.Content.ReadFromJsonAsync<Dictionary<string, object?>>();
        Assert.Equal(
            ["appointmentId", "attempts", "channel", "id", "lastError", "note", "purpose", "sendAt", "sentAt", "status", "type"],
            json!.Keys.Order());
        Assert.Equal("upcoming", json["purpose"]?.ToString());
    }

    [Theory]
    [InlineData("{\"type\":\"sms\",\"sendAt\":\"PAST\"}", "sendAt")]
    [InlineData("{\"sendAt\":\"FUTURE\"}", "type")]
    [InlineData("{\"type\":\"fax\",\"sendAt\":\"FUTURE\"}", "type")]
    [InlineData("{\"type\":\"sms\",\"purpose\":\"later\",\"sendAt\":\"FUTURE\"}", "purpose")]
    [InlineData("{\"type\":\"sms\"}", "sendAt")]
    [InlineData("{\"type\":\"sms\",\"sendAt\":\"FUTURE\",\"note\":\"NOTE301\"}", "note")]
    public async Task Invalid_reminders_are_400_with_the_field(string body, string field)
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var json = body.Replace("PAST", clinic.Now.AddMinutes(-1).ToString("O"), StringComparison.Ordinal)
            .Replace("FUTURE", clinic.Now.AddHours(1).ToString("O"), StringComparison.Ordinal)
            .Replace("NOTE301", new string('n', 301), StringComparison.Ordinal);

        var response = await clinic.Client().PostAsync($"/api/appointments/{appointment.Id}/reminders",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_note_of_300_characters_fits_and_reaches_the_sms()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var note = new string('n', 300);

        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddHours(1), note });

        Assert.Equal(note, reminder.Note);
    }

    [Fact]
    public async Task Staff_add_at_most_5_reminders_to_one_appointment_even_when_asking_at_once()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var first = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddHours(1) });
        Assert.Equal(HttpStatusCode.OK, (await clinic.Client().PostAsync($"/api/reminders/{first.Id}/cancel", null)).StatusCode);

        // A cancelled one still counts, or cancelling would make the limit endless.
        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => clinic.Client().PostAsJsonAsync(
            $"/api/appointments/{appointment.Id}/reminders", new { type = "sms", sendAt = clinic.Now.AddHours(1 + i) })));

        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.UnprocessableEntity));
        var refused = await answers.First(a => a.StatusCode == HttpStatusCode.UnprocessableEntity).Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>();
        Assert.Contains("At most 5 reminders", refused!.Detail);
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));

        var response = await clinic.Client().PostAsync($"/api/appointments/{appointment.Id}/reminders",
            new StringContent("{\"type\":\"sms\",\"sendAt\":\"tomorrow\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_upcoming_reminder_due_after_the_start_is_422()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));

        var response = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "sms", purpose = "upcoming", sendAt = appointment.StartsAt.AddMinutes(1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_follow_up_due_before_the_start_is_422()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));

        var response = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "call", purpose = "follow_up", sendAt = appointment.StartsAt.AddMinutes(-1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_completed_visit_takes_follow_ups_but_no_upcoming_reminders()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        await clinic.CompleteAsync(appointment);
        await Eventually.UntilAsync(async () =>
            (await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
                new { type = "sms", sendAt = clinic.Now.AddHours(1) })).StatusCode == HttpStatusCode.UnprocessableEntity,
            "the completion to be consumed");

        var followUp = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "email", purpose = "follow_up", sendAt = appointment.StartsAt.AddDays(1) });

        Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_visit_takes_no_reminders()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        await clinic.CancelAsync(appointment);
        await clinic.RemindersOfAsync(appointment.Id, r => r.All(x => x.Status == "cancelled"), "the cancellation");

        var upcoming = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "sms", sendAt = clinic.Now.AddHours(1) });
        var followUp = await clinic.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders",
            new { type = "call", purpose = "follow_up", sendAt = appointment.StartsAt.AddDays(1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upcoming.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, followUp.StatusCode);
    }

    [Fact]
    public async Task Another_clinics_appointment_or_an_unknown_one_is_404()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var stranger = new Clinic(factory);
        var body = new { type = "sms", sendAt = clinic.Now.AddHours(1) };

        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.Client().PostAsJsonAsync($"/api/appointments/{appointment.Id}/reminders", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client().GetAsync($"/api/appointments/{appointment.Id}/reminders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await clinic.Client().PostAsJsonAsync($"/api/appointments/{Guid.CreateVersion7()}/reminders", body)).StatusCode);
    }

    [Fact]
    public async Task Cancelling_works_from_pending_only()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddHours(1) });

        var first = await clinic.Client().PostAsync($"/api/reminders/{reminder.Id}/cancel", null);
        var second = await clinic.Client().PostAsync($"/api/reminders/{reminder.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("cancelled", (await first.Content.ReadFromJsonAsync<ReminderResponse>())!.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async Task The_reminder_list_filters_by_status_type_and_purpose_and_pages()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), patientEmail: null);
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");
        var sms = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddHours(2) });
        var follow = await clinic.CreateReminderAsync(appointment.Id,
            new { type = "email", purpose = "follow_up", sendAt = appointment.StartsAt.AddDays(1) });

        var all = await ListAsync(clinic, "");
        var page2 = await ListAsync(clinic, "?pageSize=2&page=2");
        var smsOnly = await ListAsync(clinic, "?type=sms");
        var followUps = await ListAsync(clinic, "?purpose=follow_up");
        var cancelled = await ListAsync(clinic, "?status=cancelled");

        Assert.Equal(3, all.TotalCount);
        Assert.Equal(all.Items.OrderBy(r => r.SendAt).Select(r => r.Id), all.Items.Select(r => r.Id));
        Assert.Equal([follow.Id], page2.Items.Select(r => r.Id));
        Assert.Equal((2, 2), (page2.Page, page2.PageSize));
        Assert.Equal(2, smsOnly.TotalCount);
        Assert.Contains(smsOnly.Items, r => r.Id == sms.Id);
        Assert.Equal([follow.Id], followUps.Items.Select(r => r.Id));
        Assert.Empty(cancelled.Items);
    }

    [Theory]
    [InlineData("?status=done")]
    [InlineData("?type=fax")]
    [InlineData("?purpose=later")]
    [InlineData("?pageSize=101")]
    [InlineData("?page=0")]
    [InlineData("?dueBefore=soon")]
    public async Task Bad_list_filters_are_400(string query)
    {
        var clinic = new Clinic(factory);

        var response = await clinic.Client().GetAsync($"/api/reminders{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        var response = await factory.CreateClient().GetAsync("/api/reminders");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<PagedResult<ReminderResponse>> ListAsync(Clinic clinic, string query)
    {
        var response = await clinic.Client().GetAsync($"/api/reminders{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PagedResult<ReminderResponse>>())!;
    }
}
