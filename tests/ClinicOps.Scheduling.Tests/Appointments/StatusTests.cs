using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class StatusTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Completing_a_scheduled_appointment_answers_200_with_the_new_status_and_etag()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var response = await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/complete", null);

        var completed = await response.ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal("completed", completed.Status);
        Assert.NotEqual(booked.Version, completed.Version);
        Assert.Equal($"\"{completed.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal(completed, await clinic.Client.GetAppointmentAsync(booked.Id));
    }

    [Fact]
    public async Task Completing_a_past_appointment_is_allowed()
    {
        var clinic = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(clinic, TimeSpan.FromHours(3));

        var completed = await (await clinic.Client.PostAsync($"/api/appointments/{id}/complete", null))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        Assert.Equal("completed", completed.Status);
    }

    [Fact]
    public async Task Cancelling_records_the_reason_and_frees_the_slot()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var response = await clinic.Client.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new { reason = " patient is ill " });

        var cancelled = await response.ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal(("cancelled", "patient is ill"), (cancelled.Status, cancelled.CancelReason));
        await clinic.Client.BookAsync(booked.DoctorId, booked.PatientId, booked.StartsAt);
    }

    [Fact]
    public async Task Cancelling_without_a_body_is_allowed()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var cancelled = await (await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/cancel", null))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        Assert.Equal("cancelled", cancelled.Status);
        Assert.Null(cancelled.CancelReason);
    }

    [Fact]
    public async Task Cancelling_with_a_too_long_reason_is_400()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var response = await clinic.Client.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new { reason = new string('r', 501) });

        await response.ShouldBeInvalidAsync("reason");
        Assert.Equal("scheduled", (await clinic.Client.GetAppointmentAsync(booked.Id)).Status);
    }

    [Fact]
    public async Task Marking_a_no_show_before_the_start_is_422()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var problem = await (await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/no-show", null))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("start time has passed", problem.Detail);
        Assert.Equal("scheduled", (await clinic.Client.GetAppointmentAsync(booked.Id)).Status);
    }

    [Fact]
    public async Task Marking_a_no_show_after_the_start_is_allowed()
    {
        var clinic = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(clinic, TimeSpan.FromMinutes(10));

        var marked = await (await clinic.Client.PostAsync($"/api/appointments/{id}/no-show", null))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        Assert.Equal("no_show", marked.Status);
    }

    [Theory]
    [InlineData("complete", "complete")]
    [InlineData("complete", "cancel")]
    [InlineData("complete", "no-show")]
    [InlineData("cancel", "complete")]
    [InlineData("cancel", "cancel")]
    [InlineData("cancel", "no-show")]
    [InlineData("no-show", "complete")]
    [InlineData("no-show", "cancel")]
    [InlineData("no-show", "no-show")]
    public async Task Only_a_scheduled_appointment_changes_status_others_answer_422(string first, string then)
    {
        var clinic = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(clinic, TimeSpan.FromMinutes(10));
        var done = await (await clinic.Client.PostAsync($"/api/appointments/{id}/{first}", null)).ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        await (await clinic.Client.PostAsync($"/api/appointments/{id}/{then}", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(done, await clinic.Client.GetAppointmentAsync(id));
    }

    [Fact]
    public async Task A_status_action_with_a_stale_if_match_is_412()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "changed" });

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/appointments/{booked.Id}/complete");
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{booked.Version}\"");

        await (await clinic.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("scheduled", (await clinic.Client.GetAppointmentAsync(booked.Id)).Status);
    }
}
