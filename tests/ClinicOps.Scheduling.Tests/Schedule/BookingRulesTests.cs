using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Schedule;

/// <summary>Bookings and moves inside the doctor's working hours and outside their time off, or 422 saying which rule.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class BookingRulesTests(SchedulingFactory factory)
{
    private const string Berlin = "Europe/Berlin";

    private static object Booking(Guid doctorId, Guid patientId, DateTimeOffset startsAt, int durationMinutes = 30, bool? allowOutsideHours = null) =>
        new { doctorId, patientId, startsAt, durationMinutes, allowOutsideHours };

    private async Task<(TestClinic Clinic, DoctorResponse Doctor, PatientResponse Patient)> ArrangeAsync(object? week = null)
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync("Dr. Ada Lovelace");
        var patient = await clinic.Client.AddPatientAsync();
        if (week is not null)
        {
            await clinic.Client.SetHoursAsync(doctor.Id, week);
        }

        return (clinic, doctor, patient);
    }

    [Fact]
    public async Task Booking_inside_the_doctors_hours_is_201_and_outside_is_422_naming_the_rule_and_the_hours()
    {
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.EveryDay("09:00-17:00"));
        var day = Local.Today(Berlin, 3);

        await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "09:00"))))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        var early = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "08:30"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var late = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "16:45"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Outside working hours", early.Title);
        Assert.Equal(
            $"The appointment ({day:yyyy-MM-dd} 08:30–09:00 Europe/Berlin) is outside Dr. Ada Lovelace's working hours (on {day.Day()}: 09:00–17:00).",
            early.Detail);
        Assert.Equal("Outside working hours", late.Title);
        Assert.Single(await factory.QueryAsync(clinic.Id, db => Task.FromResult(db.Appointments.ToList())));
    }

    [Fact]
    public async Task A_day_with_two_intervals_takes_bookings_in_either_and_none_in_the_break_or_on_a_day_without_hours()
    {
        var day = Local.Today(Berlin, 4);
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.Week((day.Day(), ["09:00-12:30", "14:00-18:00"])));

        foreach (var time in new[] { "12:00", "14:00", "17:30" })
        {
            await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, time))))
                .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        }

        var lunch = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "12:30"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var nextDay = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day.AddDays(1), "10:00"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains($"(on {day.Day()}: 09:00–12:30, 14:00–18:00)", lunch.Detail, StringComparison.Ordinal);
        Assert.Contains($"(on {day.AddDays(1).Day()}: none)", nextDay.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_off_across_midnight_refuses_bookings_in_it_and_takes_them_either_side()
    {
        var (clinic, doctor, patient) = await ArrangeAsync();
        var day = Local.Today(Berlin, 5);
        await clinic.Client.AddTimeOffAsync(doctor.Id, Local.At(Berlin, day, "22:00"), Local.At(Berlin, day.AddDays(1), "06:00"), "night course");

        var inside = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "23:30"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var overlapping = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "21:45"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "21:30"))))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day.AddDays(1), "06:00"))))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);

        Assert.Equal("In time off", inside.Title);
        Assert.Equal(
            $"The appointment ({day:yyyy-MM-dd} 23:30–00:00 Europe/Berlin) falls in Dr. Ada Lovelace's time off from {day:yyyy-MM-dd} 22:00 to {day.AddDays(1):yyyy-MM-dd} 06:00 (night course).",
            inside.Detail);
        Assert.Equal("In time off", overlapping.Title);
    }

    [Fact]
    public async Task A_doctor_without_hours_takes_bookings_at_any_time()
    {
        var (clinic, doctor, patient) = await ArrangeAsync();

        await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, Local.Today(Berlin, 2), "03:00"))))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("receptionist")]
    public async Task An_owner_or_receptionist_fits_in_an_urgent_case_outside_hours_and_in_time_off(string role)
    {
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.EveryDay("09:00-17:00"));
        var day = Local.Today(Berlin, 3);
        await clinic.Client.AddTimeOffAsync(doctor.Id, Local.At(Berlin, day, "12:00"), Local.At(Berlin, day, "13:00"));
        var staff = factory.As(clinic, role);

        var evening = await (await staff.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "19:00"), allowOutsideHours: true)))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await (await staff.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "12:15"), allowOutsideHours: true)))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);

        Assert.Equal(Local.At(Berlin, day, "19:00"), evening.StartsAt);
    }

    [Fact]
    public async Task A_doctor_role_user_cannot_book_outside_hours_even_when_asking_and_is_told_who_can()
    {
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.EveryDay("09:00-17:00"));
        var day = Local.Today(Berlin, 3);
        var doctorUser = factory.As(clinic, "doctor");

        var refused = await (await doctorUser.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "19:00"), allowOutsideHours: true)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await doctorUser.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "10:00"), allowOutsideHours: true)))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);

        Assert.Equal("Outside working hours", refused.Title);
        Assert.EndsWith("Only an owner or a receptionist can book outside working hours (allowOutsideHours).", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_an_appointment_follows_the_rule_and_other_edits_of_one_booked_outside_hours_do_not()
    {
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.EveryDay("09:00-17:00"));
        var colleague = await clinic.Client.AddDoctorAsync("Dr. Night");
        await clinic.Client.SetHoursAsync(colleague.Id, ScheduleApi.EveryDay("18:00-22:00"));
        var day = Local.Today(Berlin, 3);
        var urgent = await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, Local.At(Berlin, day, "07:00"), allowOutsideHours: true)))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        var path = $"/api/appointments/{urgent.Id}";

        await (await clinic.Client.PatchAsJsonAsync(path, new { notes = "bring x-rays" })).ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        var earlier = await (await clinic.Client.PatchAsJsonAsync(path, new { startsAt = Local.At(Berlin, day, "07:30") }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var toColleague = await (await clinic.Client.PatchAsJsonAsync(path, new { doctorId = colleague.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var longer = await (await clinic.Client.PatchAsJsonAsync(path, new { startsAt = Local.At(Berlin, day, "16:30"), durationMinutes = 60 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var moved = await (await clinic.Client.PatchAsJsonAsync(path, new { startsAt = Local.At(Berlin, day, "16:30") }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
        var urgentAgain = await (await clinic.Client.PatchAsJsonAsync(path, new { startsAt = Local.At(Berlin, day, "06:00"), allowOutsideHours = true }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.OK);

        Assert.Contains("Dr. Ada Lovelace's working hours", earlier.Detail, StringComparison.Ordinal);
        Assert.Contains("Dr. Night's working hours (on", toColleague.Detail, StringComparison.Ordinal);
        Assert.Equal("Outside working hours", longer.Title);
        Assert.Equal(Local.At(Berlin, day, "16:30"), moved.StartsAt);
        Assert.Equal(Local.At(Berlin, day, "06:00"), urgentAgain.StartsAt);
    }

    [Fact]
    public async Task A_booking_in_the_past_is_400_before_any_schedule_rule()
    {
        var (clinic, doctor, patient) = await ArrangeAsync(ScheduleApi.EveryDay("09:00-09:30"));

        await (await clinic.Client.PostBookingAsync(Booking(doctor.Id, patient.Id, DateTimeOffset.UtcNow.AddHours(-2))))
            .ShouldBeInvalidAsync("startsAt");
    }
}
