using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Schedule;

/// <summary>
/// For random working hours, time off and bookings (seeded, so a failure can be replayed): every slot offered can be
/// booked, and every other start on the clinic's grid is refused or overlaps. The days span a clock change, and the grid
/// is worked out here from TimeZoneInfo, independently of the service.
/// </summary>
[Collection(CalendarCollection.Name)]
public sealed class FreeSlotPropertyTests(CalendarFactory factory)
{
    public static TheoryData<int, string, string> Cases => new()
    {
        { 17, "Europe/Berlin", "2027-03-27" },
        { 29, "Europe/Berlin", "2027-10-30" },
        { 41, "America/New_York", "2027-03-13" },
        { 53, "America/New_York", "2027-11-06" },
        { 67, "Asia/Kathmandu", "2027-06-01" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_offered_slot_can_be_booked_and_every_other_grid_start_is_refused(int seed, string zone, string firstDay)
    {
        var random = new Random(seed);
        var step = new[] { 10, 15, 20, 30 }[random.Next(4)];
        var length = new[] { 15, 30, 45, 60 }[random.Next(4)];
        var from = DateOnly.Parse(firstDay, CultureInfo.InvariantCulture);
        var to = from.AddDays(2);
        var clinic = await factory.NewClinicAsync(zone, step);
        var patient = await clinic.Client.AddPatientAsync();
        var doctors = new List<Guid>();
        for (var d = 0; d < 2; d++)
        {
            var doctor = (await clinic.Client.AddDoctorAsync($"Dr. {seed}-{d}")).Id;
            doctors.Add(doctor);
            // One doctor in five has no hours at all (any time).
            if (random.Next(5) > 0)
            {
                await clinic.Client.SetHoursAsync(doctor, RandomWeek(random));
            }

            for (var t = random.Next(3); t > 0; t--)
            {
                var start = RandomInstant(random, zone, from, to);
                await clinic.Client.AddTimeOffAsync(doctor, start, start.AddMinutes(random.Next(30, 600)), "random");
            }

            for (var b = random.Next(2, 8); b > 0; b--)
            {
                var body = new { doctorId = doctor, patientId = patient.Id, startsAt = RandomInstant(random, zone, from, to),
                    durationMinutes = random.Next(1, 25) * 5, allowOutsideHours = true };
                using var booked = await clinic.Client.PostBookingAsync(body);
                Assert.True(booked.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await booked.Content.ReadAsStringAsync());
                if (booked.StatusCode == HttpStatusCode.Created && random.Next(3) == 0)
                {
                    var id = (await booked.Content.ReadFromJsonAsync<AppointmentResponse>())!.Id;
                    await clinic.Client.PostAsync($"/api/appointments/{id}/cancel", null);
                }
            }
        }

        var offered = await clinic.Client.FreeSlotsAsync(from, to, durationMinutes: length);
        var grid = GridStarts(zone, from, to, step);
        var what = $"seed {seed}, {zone}, step {step}, length {length}";
        Assert.All(offered, s => Assert.Contains(s.StartsAt, grid));
        Assert.All(offered, s => Assert.Equal(s.StartsAt.AddMinutes(length), s.EndsAt));
        Assert.Equal(offered.OrderBy(s => s.StartsAt).ThenBy(s => s.DoctorId).ToList(), offered);

        var receptionist = factory.As(clinic, "receptionist");
        foreach (var doctor in doctors)
        {
            var offeredStarts = offered.Where(s => s.DoctorId == doctor).Select(s => s.StartsAt).ToHashSet();
            foreach (var start in grid)
            {
                using var response = await receptionist.PostBookingAsync(new { doctorId = doctor, patientId = patient.Id, startsAt = start, durationMinutes = length });
                var body = await response.Content.ReadAsStringAsync();
                if (offeredStarts.Contains(start))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Created, $"{what}: offered {start:O} for {doctor} but booking it answered {body}");
                }
                else
                {
                    Assert.True(response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict,
                        $"{what}: did not offer {start:O} for {doctor} but booking it answered {(int)response.StatusCode} {body}");
                }

                if (response.StatusCode == HttpStatusCode.Created)
                {
                    // Take the booking back (a deleted booking frees its slot), so every start is tried on the same schedule.
                    var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                    Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/appointments/{id}")).StatusCode);
                }
            }
        }

        Assert.NotEmpty(offered);
    }

    /// <summary>A week where each day has hours with odds 3 in 4: one to three intervals on 5-minute boundaries, up to 24:00.</summary>
    private static object RandomWeek(Random random)
    {
        var days = new List<(string, string[])>();
        foreach (var day in ScheduleApi.Weekdays.Where(_ => random.Next(4) > 0))
        {
            var count = random.Next(1, 4);
            var bounds = Enumerable.Range(0, 289).OrderBy(_ => random.Next()).Take(count * 2).Order().ToArray();
            var intervals = Enumerable.Range(0, count).Select(i => $"{Clock(bounds[2 * i] * 5)}-{Clock(bounds[(2 * i) + 1] * 5)}");
            days.Add((day, [.. intervals]));
        }

        return ScheduleApi.Week([.. days]);
    }

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    /// <summary>Any minute of the local days, from the evening before to the morning after (so some cross midnight).</summary>
    private static DateTimeOffset RandomInstant(Random random, string zone, DateOnly from, DateOnly to)
    {
        var start = Local.At(zone, from.AddDays(-1), "18:00");
        var end = Local.At(zone, to.AddDays(1), "06:00");
        return start.AddMinutes(random.Next((int)(end - start).TotalMinutes));
    }

    /// <summary>Every instant of the local days whose wall-clock time is a multiple of the step since midnight (both of a repeated time).</summary>
    private static List<DateTimeOffset> GridStarts(string zone, DateOnly from, DateOnly to, int step)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var starts = new List<DateTimeOffset>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            for (var minute = 0; minute < 24 * 60; minute += step)
            {
                var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
                if (tz.IsInvalidTime(local))
                {
                    continue;
                }

                var offsets = tz.IsAmbiguousTime(local) ? tz.GetAmbiguousTimeOffsets(local) : [tz.GetUtcOffset(local)];
                starts.AddRange(offsets.Select(offset => new DateTimeOffset(local, offset).ToUniversalTime()));
            }
        }

        return [.. starts.Distinct().Order()];
    }
}
