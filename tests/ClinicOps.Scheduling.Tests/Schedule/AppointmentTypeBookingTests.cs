using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Schedule;

/// <summary>A booking that names a type: its duration by default, its price, and its name on the appointment.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class AppointmentTypeBookingTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Booking_a_type_takes_its_duration_and_price_and_answers_with_every_name()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync("Dr. Grace");
        var patient = await clinic.Client.AddPatientAsync("Alan Patient");
        var type = await clinic.Client.AddTypeAsync("Check-up", 45, 80);
        var startsAt = Times.Future(days: 2);

        var booked = await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt, appointmentTypeId = type.Id }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        var shorter = await (await clinic.Client.PostBookingAsync(
                new { doctorId = doctor.Id, patientId = patient.Id, startsAt = startsAt.AddHours(2), appointmentTypeId = type.Id, durationMinutes = 20 }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);

        Assert.Equal(("Dr. Grace", "Alan Patient", type.Id, "Check-up", 80.00m, 45), (booked.DoctorName, booked.PatientName,
            booked.AppointmentTypeId, booked.AppointmentTypeName, booked.Price, booked.DurationMinutes));
        Assert.Equal(startsAt.AddMinutes(45), booked.EndsAt);
        Assert.Equal((20, 80.00m), (shorter.DurationMinutes, shorter.Price));
        Assert.Equal(booked, await clinic.Client.GetAppointmentAsync(booked.Id));
        var listed = await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentResponse>>($"/api/appointments?doctorId={doctor.Id}");
        Assert.Equal([booked, shorter], listed!.Items);
    }

    [Fact]
    public async Task A_booking_without_a_type_has_none_and_no_price()
    {
        var clinic = await factory.NewClinicAsync();

        var booked = await clinic.Client.BookNewAsync();

        Assert.Equal((null, null, null, 30), (booked.AppointmentTypeId, booked.AppointmentTypeName, booked.Price, booked.DurationMinutes));
    }

    [Fact]
    public async Task An_archived_type_stays_readable_on_old_appointments_and_cannot_be_booked_any_more()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var type = await clinic.Client.AddTypeAsync("Old-style massage", 60, 55.5m);
        var old = await (await clinic.Client.PostBookingAsync(
                new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Times.Future(days: 3), appointmentTypeId = type.Id }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        var other = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(days: 4));
        await clinic.Client.DeleteAsync($"/api/appointment-types/{type.Id}");

        var reread = await clinic.Client.GetAppointmentAsync(old.Id);
        var edited = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{old.Id}", new { notes = "still on" }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        var booking = await (await clinic.Client.PostBookingAsync(
                new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Times.Future(days: 5), appointmentTypeId = type.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var change = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{other.Id}", new { appointmentTypeId = type.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal((type.Id, "Old-style massage", 55.50m), (reread.AppointmentTypeId, reread.AppointmentTypeName, reread.Price));
        Assert.Equal((type.Id, "Old-style massage"), (edited.AppointmentTypeId, edited.AppointmentTypeName));
        Assert.Equal("The appointment type 'Old-style massage' is archived and can no longer be booked.", booking.Detail);
        Assert.Equal(booking.Detail, change.Detail);
    }

    [Fact]
    public async Task Changing_the_type_brings_its_duration_and_price_and_editing_a_type_leaves_booked_prices_alone()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var short_ = await clinic.Client.AddTypeAsync("Short visit", 15, 30);
        var long_ = await clinic.Client.AddTypeAsync("Long visit", 60, 100);
        var booked = await (await clinic.Client.PostBookingAsync(
                new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Times.Future(days: 3), appointmentTypeId = short_.Id }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);

        var changed = await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { appointmentTypeId = long_.Id }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        await clinic.Client.PutAsJsonAsync($"/api/appointment-types/{long_.Id}", new { name = "Long visit", durationMinutes = 60, price = 120 });

        Assert.Equal((long_.Id, "Long visit", 60, 100.00m), (changed.AppointmentTypeId, changed.AppointmentTypeName, changed.DurationMinutes, changed.Price));
        Assert.Equal(100.00m, (await clinic.Client.GetAppointmentAsync(booked.Id)).Price);
    }

    [Fact]
    public async Task Booking_another_clinics_or_an_unknown_type_is_404()
    {
        var clinic = await factory.NewClinicAsync();
        var other = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var othersType = await other.Client.AddTypeAsync("Check-up", 30, 50);
        var booked = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(days: 3));

        foreach (var typeId in new[] { othersType.Id, Guid.CreateVersion7() })
        {
            var problem = await (await clinic.Client.PostBookingAsync(
                    new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Times.Future(days: 4), appointmentTypeId = typeId }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Appointment type not found.", problem.Detail);
            await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { appointmentTypeId = typeId }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Null((await clinic.Client.GetAppointmentAsync(booked.Id)).AppointmentTypeId);
    }

    [Fact]
    public async Task The_appointment_events_carry_the_type_and_price_so_no_service_calls_back()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var checkUp = await clinic.Client.AddTypeAsync("Check-up", 30, 80);
        var xray = await clinic.Client.AddTypeAsync("X-ray", 20, 45.25m);
        var booked = await (await clinic.Client.PostBookingAsync(
                new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Times.Future(days: 3), appointmentTypeId = checkUp.Id }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { appointmentTypeId = xray.Id });
        await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/cancel", null);

        var events = await factory.EventsAboutAsync(clinic.Id, booked.Id);

        Assert.Equal(["AppointmentScheduled", "AppointmentRescheduled", "AppointmentCancelled"], events.Select(e => e.Type));
        var carried = events.Select(e => (e.Payload.GetProperty("appointmentTypeId").GetGuid(), e.Payload.GetProperty("appointmentTypeName").GetString(),
            e.Payload.GetProperty("price").GetDecimal())).ToList();
        Assert.Equal([(checkUp.Id, "Check-up", 80.00m), (xray.Id, "X-ray", 45.25m), (xray.Id, "X-ray", 45.25m)], carried);
    }
}
