using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class UpdateTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Rescheduling_moves_the_appointment_and_changes_its_version()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        var colleague = await clinic.Client.AddDoctorAsync("Dr. Bob");
        var newStart = booked.StartsAt.AddDays(1);

        var response = await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}",
            new { startsAt = newStart, durationMinutes = 45, doctorId = colleague.Id, notes = "moved" });

        var moved = await response.ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal(booked with
        {
            StartsAt = newStart, EndsAt = newStart.AddMinutes(45), DurationMinutes = 45, DoctorId = colleague.Id, DoctorName = "Dr. Bob",
            Notes = "moved", Version = moved.Version,
        }, moved);
        Assert.NotEqual(booked.Version, moved.Version);
        Assert.Equal($"\"{moved.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal(moved, await clinic.Client.GetAppointmentAsync(booked.Id));
    }

    [Fact]
    public async Task Rescheduling_frees_the_old_slot()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { startsAt = booked.StartsAt.AddHours(2) });

        await clinic.Client.BookAsync(booked.DoctorId, booked.PatientId, booked.StartsAt);
    }

    [Fact]
    public async Task Only_the_given_fields_change_and_empty_notes_clear_them()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var booked = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(), 20, "bring x-rays");

        var longer = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { durationMinutes = 40 }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal((booked.StartsAt, 40, "bring x-rays"), (longer.StartsAt, longer.DurationMinutes, longer.Notes));

        var cleared = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "" }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Null(cleared.Notes);
    }

    [Fact]
    public async Task Rescheduling_into_the_past_is_400()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var response = await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { startsAt = DateTimeOffset.UtcNow.AddHours(-1) });

        await response.ShouldBeInvalidAsync("startsAt");
    }

    [Fact]
    public async Task The_past_date_rule_applies_to_booking_and_rescheduling_only()
    {
        var clinic = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(clinic, TimeSpan.FromHours(1));

        var edited = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{id}", new { notes = "patient is late" }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal("patient is late", edited.Notes);

        await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{id}", new { startsAt = edited.StartsAt.AddMinutes(5) }))
            .ShouldBeInvalidAsync("startsAt");
        await (await clinic.Client.PostAsync($"/api/appointments/{id}/complete", null)).ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
    }

    public static TheoryData<string, string> InvalidPatches => new()
    {
        { "durationMinutes", """{"durationMinutes":4}""" },
        { "durationMinutes", """{"durationMinutes":481}""" },
        { "doctorId", """{"doctorId":"00000000-0000-0000-0000-000000000000"}""" },
        { "notes", $$"""{"notes":"{{new string('n', 2001)}}"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidPatches))]
    public async Task Patching_with_an_invalid_field_is_400_naming_it(string field, string json)
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        await (await clinic.Client.PatchAsync($"/api/appointments/{booked.Id}", content)).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task Moving_to_an_unknown_or_other_clinics_doctor_is_404()
    {
        var clinic = await factory.NewClinicAsync();
        var other = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        var foreignDoctor = await other.Client.AddDoctorAsync();

        await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { doctorId = foreignDoctor.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { doctorId = Guid.CreateVersion7() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rescheduling_onto_a_booked_slot_is_409()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var first = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(hours: 1));
        var second = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(hours: 3));

        var response = await clinic.Client.PatchAsJsonAsync($"/api/appointments/{second.Id}", new { startsAt = first.StartsAt.AddMinutes(15) });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(second, await clinic.Client.GetAppointmentAsync(second.Id));
    }

    [Fact]
    public async Task Patching_an_appointment_that_is_no_longer_scheduled_is_422()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/cancel", null);

        await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Patching_with_a_stale_if_match_is_412_and_with_the_current_one_succeeds()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        var firstEdit = await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "first" });
        var current = firstEdit.Headers.ETag!.Tag;

        var stale = await clinic.Client.SendAsync(Patch(booked.Id, $"\"{booked.Version}\"", new { notes = "second" }));
        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("changed by someone else", problem.Detail);
        Assert.Equal("first", (await clinic.Client.GetAppointmentAsync(booked.Id)).Notes);

        var fresh = await clinic.Client.SendAsync(Patch(booked.Id, current, new { notes = "second" }));
        Assert.Equal("second", (await fresh.ReadAsync<AppointmentResponse>(HttpStatusCode.OK)).Notes);
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_keeps_the_version()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var same = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { startsAt = booked.StartsAt }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        Assert.Equal(booked, same);
    }

    private static HttpRequestMessage Patch(Guid id, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/appointments/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
