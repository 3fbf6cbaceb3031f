using System.Net;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Schedule;

/// <summary>
/// Working hours on both sides of 2027's clock changes in Berlin and New York, on a service whose "now" is January 2027:
/// a doctor working 09:00–17:00 works 09:00–17:00 on the wall on the Saturday before and the Sunday of each change.
/// </summary>
[Collection(CalendarCollection.Name)]
public sealed class ClockChangeTests(CalendarFactory factory)
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string, string, string> WorkingDays => new()
    {
        // zone, local date, 09:00 there in UTC, 17:00 there in UTC
        { "Europe/Berlin", "2027-03-27", "2027-03-27T08:00:00Z", "2027-03-27T16:00:00Z" },
        { "Europe/Berlin", "2027-03-28", "2027-03-28T07:00:00Z", "2027-03-28T15:00:00Z" },
        { "Europe/Berlin", "2027-10-30", "2027-10-30T07:00:00Z", "2027-10-30T15:00:00Z" },
        { "Europe/Berlin", "2027-10-31", "2027-10-31T08:00:00Z", "2027-10-31T16:00:00Z" },
        { "America/New_York", "2027-03-13", "2027-03-13T14:00:00Z", "2027-03-13T22:00:00Z" },
        { "America/New_York", "2027-03-14", "2027-03-14T13:00:00Z", "2027-03-14T21:00:00Z" },
        { "America/New_York", "2027-11-06", "2027-11-06T13:00:00Z", "2027-11-06T21:00:00Z" },
        { "America/New_York", "2027-11-07", "2027-11-07T14:00:00Z", "2027-11-07T22:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(WorkingDays))]
    public async Task Nine_to_five_stays_nine_to_five_on_the_wall_for_free_slots_and_bookings(string zone, string date, string nine, string five)
    {
        var clinic = await factory.NewClinicAsync(zone, slotStepMinutes: 30);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.EveryDay("09:00-17:00"));
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var slots = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 60);

        Assert.Equal(Utc(nine), slots[0].StartsAt);
        Assert.Equal(Utc(five), slots[^1].EndsAt);
        Assert.Equal(15, slots.Count);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc(nine), durationMinutes = 60 }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc(five).AddMinutes(-60) }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc(nine).AddMinutes(-30) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc(five).AddMinutes(-15) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Night_hours_over_the_spring_change_lose_the_skipped_hour()
    {
        // Berlin, 2027-03-28: 01:00–04:00 on the wall is 00:00Z–02:00Z, two real hours.
        var clinic = await factory.NewClinicAsync("Europe/Berlin", slotStepMinutes: 30);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week(("sunday", ["01:00-04:00"])));
        var day = new DateOnly(2027, 3, 28);

        var slots = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 30);

        Assert.Equal([Utc("2027-03-28T00:00:00Z"), Utc("2027-03-28T00:30:00Z"), Utc("2027-03-28T01:00:00Z"), Utc("2027-03-28T01:30:00Z")],
            slots.Select(s => s.StartsAt));
        Assert.Equal(["01:00", "01:30", "03:00", "03:30"], slots.Select(s => Local.Clock("Europe/Berlin", s.StartsAt)));
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc("2027-03-28T00:30:00Z"), durationMinutes = 60 }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc("2027-03-28T01:30:00Z"), durationMinutes = 45 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Night_hours_over_the_autumn_change_offer_the_repeated_hour_twice()
    {
        // Berlin, 2027-10-31: 01:00–04:00 on the wall is 23:00Z–03:00Z, four real hours; 02:00 and 02:30 come twice.
        var clinic = await factory.NewClinicAsync("Europe/Berlin", slotStepMinutes: 30);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week(("sunday", ["01:00-04:00"])));
        var day = new DateOnly(2027, 10, 31);

        var slots = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 30);

        Assert.Equal(["01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30"], slots.Select(s => Local.Clock("Europe/Berlin", s.StartsAt)));
        Assert.Equal(Utc("2027-10-30T23:00:00Z"), slots[0].StartsAt);
        Assert.Equal(Utc("2027-10-31T03:00:00Z"), slots[^1].EndsAt);
        await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt = Utc("2027-10-31T00:30:00Z"), durationMinutes = 120 }))
            .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
    }
}
