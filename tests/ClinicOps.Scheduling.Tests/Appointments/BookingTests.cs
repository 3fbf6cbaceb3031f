using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class BookingTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Booking_answers_201_with_the_appointment_its_location_and_etag()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var startsAt = Times.Future(days: 2).ToOffset(TimeSpan.FromHours(2));

        var response = await clinic.Client.PostBookingAsync(doctor.Id, patient.Id, startsAt, notes: "  first visit ");

        var appointment = await response.ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/appointments/{appointment.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((doctor.Id, patient.Id, "scheduled", "first visit", 30), (appointment.DoctorId, appointment.PatientId,
            appointment.Status, appointment.Notes, appointment.DurationMinutes));
        Assert.Equal(startsAt, appointment.StartsAt);
        Assert.Equal(TimeSpan.Zero, appointment.StartsAt.Offset);
        Assert.Equal(startsAt.AddMinutes(30), appointment.EndsAt);
        Assert.Null(appointment.CancelReason);
        Assert.Equal($"\"{appointment.Version}\"", response.Headers.ETag?.Tag);
        Assert.NotEqual(0u, appointment.Version);
    }

    [Fact]
    public async Task Reading_an_appointment_gives_the_same_version_as_its_etag()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var response = await clinic.Client.GetAsync($"/api/appointments/{booked.Id}");

        var read = await response.ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        Assert.Equal(booked, read);
        Assert.Equal($"\"{read.Version}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task The_duration_may_be_chosen_between_5_and_480_minutes()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();

        var shortest = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(days: 1), 5);
        var longest = await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(days: 2), 480);

        Assert.Equal(shortest.StartsAt.AddMinutes(5), shortest.EndsAt);
        Assert.Equal(longest.StartsAt.AddHours(8), longest.EndsAt);
    }

    public static TheoryData<string, string> InvalidBookings => new()
    {
        { "doctorId", """{"patientId":"{patient}","startsAt":"{future}"}""" },
        { "doctorId", """{"doctorId":"00000000-0000-0000-0000-000000000000","patientId":"{patient}","startsAt":"{future}"}""" },
        { "patientId", """{"doctorId":"{doctor}","startsAt":"{future}"}""" },
        { "startsAt", """{"doctorId":"{doctor}","patientId":"{patient}"}""" },
        { "startsAt", """{"doctorId":"{doctor}","patientId":"{patient}","startsAt":"{past}"}""" },
        { "durationMinutes", """{"doctorId":"{doctor}","patientId":"{patient}","startsAt":"{future}","durationMinutes":4}""" },
        { "durationMinutes", """{"doctorId":"{doctor}","patientId":"{patient}","startsAt":"{future}","durationMinutes":481}""" },
        { "notes", """{"doctorId":"{doctor}","patientId":"{patient}","startsAt":"{future}","notes":"{longNotes}"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidBookings))]
    public async Task Booking_with_an_invalid_field_is_400_naming_it(string field, string template)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var json = template.Replace("{doctor}", doctor.Id.ToString()).Replace("{patient}", patient.Id.ToString())
            .Replace("{future}", Times.Future().ToString("O")).Replace("{past}", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"))
            .Replace("{longNotes}", new string('n', 2001));
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        await (await clinic.Client.PostAsync("/api/appointments", content)).ShouldBeInvalidAsync(field);
    }

    [Theory]
    [InlineData("""{"doctorId":"not-a-guid"}""")]
    [InlineData("""{"startsAt":"tomorrow"}""")]
    [InlineData("""{"durationMinutes":"long"}""")]
    [InlineData("[1,2]")]
    public async Task Booking_with_a_malformed_body_is_400(string json)
    {
        var clinic = await factory.NewClinicAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await (await clinic.Client.PostAsync("/api/appointments", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Booking_an_unknown_doctor_or_patient_is_404()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();

        var noDoctor = await (await clinic.Client.PostBookingAsync(Guid.CreateVersion7(), patient.Id, Times.Future()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Doctor not found.", noDoctor.Detail);
        var noPatient = await (await clinic.Client.PostBookingAsync(doctor.Id, Guid.CreateVersion7(), Times.Future()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Patient not found.", noPatient.Detail);
    }

    [Fact]
    public async Task Booking_clinic_As_doctor_with_clinic_Bs_patient_is_404()
    {
        var clinicA = await factory.NewClinicAsync();
        var clinicB = await factory.NewClinicAsync();
        var doctorA = await clinicA.Client.AddDoctorAsync();
        var patientA = await clinicA.Client.AddPatientAsync();
        var patientB = await clinicB.Client.AddPatientAsync();
        var doctorB = await clinicB.Client.AddDoctorAsync();

        await (await clinicA.Client.PostBookingAsync(doctorA.Id, patientB.Id, Times.Future())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinicA.Client.PostBookingAsync(doctorB.Id, patientA.Id, Times.Future())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinicB.Client.PostBookingAsync(doctorA.Id, patientB.Id, Times.Future())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Booking_in_the_past_is_400()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();

        var problem = await (await clinic.Client.PostBookingAsync(doctor.Id, patient.Id, DateTimeOffset.UtcNow.AddHours(-1)))
            .ShouldBeInvalidAsync("startsAt");
        Assert.Contains("future", problem.Errors["startsAt"][0]);
    }

    [Fact]
    public async Task Overlapping_booking_of_the_same_doctor_is_409_naming_the_conflict()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var other = await clinic.Client.AddPatientAsync();
        var start = Times.Future(days: 3);
        await clinic.Client.BookAsync(doctor.Id, patient.Id, start, 60);

        var overlap = await clinic.Client.PostBookingAsync(doctor.Id, other.Id, start.AddMinutes(30));

        var problem = await overlap.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("doctor already has a scheduled appointment", problem.Detail);
    }

    [Fact]
    public async Task Back_to_back_bookings_and_other_doctors_at_the_same_time_are_allowed()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var colleague = await clinic.Client.AddDoctorAsync("Dr. Bob");
        var patient = await clinic.Client.AddPatientAsync();
        var start = Times.Future(days: 3);
        await clinic.Client.BookAsync(doctor.Id, patient.Id, start, 60);

        await clinic.Client.BookAsync(doctor.Id, patient.Id, start.AddMinutes(60));
        await clinic.Client.BookAsync(doctor.Id, patient.Id, start.AddMinutes(-30));
        await clinic.Client.BookAsync(colleague.Id, patient.Id, start);
    }

    [Fact]
    public async Task Fifty_concurrent_bookings_of_one_slot_give_exactly_one_201_and_49_409()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patients = new List<PatientResponse>();
        for (var i = 0; i < 50; i++)
        {
            patients.Add(await clinic.Client.AddPatientAsync($"Patient {i}"));
        }

        var start = Times.Future(days: 5);
        using var gate = new SemaphoreSlim(0);
        var attempts = patients.Select(async patient =>
        {
            await gate.WaitAsync();
            using var response = await clinic.Client.PostBookingAsync(doctor.Id, patient.Id, start);
            return response.StatusCode;
        }).ToList();
        gate.Release(attempts.Count);
        var statuses = await Task.WhenAll(attempts);

        Assert.True(statuses.Count(s => s == HttpStatusCode.Created) == 1, string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}: {g.Count()}")));
        Assert.Equal(49, statuses.Count(s => s == HttpStatusCode.Conflict));
        var booked = await clinic.Client.GetFromJsonAsync<ClinicOps.ServiceDefaults.Paging.PagedResult<AppointmentResponse>>(
            $"/api/appointments?doctorId={doctor.Id}");
        Assert.Equal(1, booked!.TotalCount);
    }
}
