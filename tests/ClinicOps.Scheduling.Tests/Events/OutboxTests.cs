using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Events;

/// <summary>Each state change writes exactly one event of its type to the outbox; a refused or empty change writes none.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class OutboxTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Booking_writes_one_AppointmentScheduled_with_the_names_and_contacts_reminders_need()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync("Dr. Ada");
        var patient = await clinic.Client.AddPatientAsync("Grace", "+49 30 12345678", "grace@example.com");

        var booked = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future());

        var (type, payload) = Assert.Single(await factory.EventsAboutAsync(clinic.Id, booked.Id));
        Assert.Equal("AppointmentScheduled", type);
        Assert.Equal(1, payload.GetProperty("version").GetInt32());
        Assert.Equal(clinic.Id, payload.GetProperty("clinicId").GetGuid());
        Assert.Equal("scheduled", payload.GetProperty("status").GetString());
        Assert.Equal(booked.StartsAt, payload.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(booked.EndsAt, payload.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(("Dr. Ada", "Grace", "+493012345678", "grace@example.com"), (payload.GetProperty("doctorName").GetString(),
            payload.GetProperty("patientName").GetString(), payload.GetProperty("patientPhone").GetString(),
            payload.GetProperty("patientEmail").GetString()));
    }

    [Theory]
    [InlineData("complete", "AppointmentCompleted", "completed")]
    [InlineData("cancel", "AppointmentCancelled", "cancelled")]
    [InlineData("no-show", "AppointmentMarkedNoShow", "no_show")]
    public async Task Each_status_change_writes_exactly_one_event_of_its_type(string action, string eventType, string status)
    {
        var clinic = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(clinic, TimeSpan.FromMinutes(5));

        await (await clinic.Client.PostAsync($"/api/appointments/{id}/{action}", null)).ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        await clinic.Client.PostAsync($"/api/appointments/{id}/{action}", null);

        var (type, payload) = Assert.Single(await factory.EventsAboutAsync(clinic.Id, id));
        Assert.Equal(eventType, type);
        Assert.Equal(status, payload.GetProperty("status").GetString());
        Assert.Equal(2, payload.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Rescheduling_and_deleting_write_one_event_each_with_rising_versions()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { startsAt = booked.StartsAt.AddHours(1) });
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = (string?)null });
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { durationMinutes = 4 });
        await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}");

        var events = await factory.EventsAboutAsync(clinic.Id, booked.Id);
        Assert.Equal(["AppointmentScheduled", "AppointmentRescheduled", "AppointmentDeleted"], events.Select(e => e.Type));
        Assert.Equal([1, 2, 3], events.Select(e => e.Payload.GetProperty("version").GetInt32()));
        Assert.True(events[2].Payload.GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task A_refused_booking_writes_no_event()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var overlap = await clinic.Client.PostBookingAsync(booked.DoctorId, booked.PatientId, booked.StartsAt);

        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.Equal(["DoctorRegistered", "AppointmentScheduled"], await factory.EventTypesAboutAsync(clinic.Id, booked.DoctorId));
    }

    [Fact]
    public async Task Doctors_and_patients_write_registered_and_updated_events_only_when_they_change()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync("Dr. Ada", "cardiology");
        var patient = await clinic.Client.AddPatientAsync("Grace", "+49 30 12345678");

        await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", new { name = "Dr. Ada", specialization = "cardiology" });
        await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", new { name = "Dr. Ada K.", specialization = "cardiology" });
        await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "Grace", phone = "+49 30 12345678" });
        await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "Grace", phone = "+49 30 87654321", email = "g@example.com" });

        var doctorEvents = await factory.EventsAboutAsync(clinic.Id, doctor.Id);
        Assert.Equal(["DoctorRegistered", "DoctorUpdated"], doctorEvents.Select(e => e.Type));
        Assert.Equal("Dr. Ada K.", doctorEvents[1].Payload.GetProperty("name").GetString());
        var patientEvents = await factory.EventsAboutAsync(clinic.Id, patient.Id);
        Assert.Equal(["PatientRegistered", "PatientUpdated"], patientEvents.Select(e => e.Type));
        Assert.Equal(("+493087654321", "g@example.com"),
            (patientEvents[1].Payload.GetProperty("phone").GetString(), patientEvents[1].Payload.GetProperty("email").GetString()));
    }
}
