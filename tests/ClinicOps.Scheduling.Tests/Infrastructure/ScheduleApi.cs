using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Arrange steps for working hours, time off, appointment types and free slots, each asserting it worked.</summary>
public static class ScheduleApi
{
    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>A week body: each day with "HH:mm-HH:mm" intervals.</summary>
    public static object Week(params (string Day, string[] Intervals)[] days) => new
    {
        week = days.Select(d => new
        {
            day = d.Day,
            intervals = d.Intervals.Select(i => new { start = i.Split('-')[0], end = i.Split('-')[1] }),
        }),
    };

    /// <summary>The same intervals every day of the week.</summary>
    public static object EveryDay(params string[] intervals) => Week([.. Weekdays.Select(d => (d, intervals))]);

    public static async Task<WorkingHoursResponse> SetHoursAsync(this HttpClient client, Guid doctorId, object week)
    {
        var response = await client.PutAsJsonAsync($"/api/doctors/{doctorId}/working-hours", week);
        return await response.ReadAsync<WorkingHoursResponse>(HttpStatusCode.OK);
    }

    public static async Task<TimeOffResponse> AddTimeOffAsync(this HttpClient client, Guid doctorId, DateTimeOffset startsAt,
        DateTimeOffset endsAt, string? reason = null)
    {
        var response = await client.PostAsJsonAsync($"/api/doctors/{doctorId}/time-off", new { startsAt, endsAt, reason });
        return await response.ReadAsync<TimeOffResponse>(HttpStatusCode.Created);
    }

    public static async Task<AppointmentTypeResponse> AddTypeAsync(this HttpClient client, string name, int durationMinutes = 30,
        decimal? price = null, string? color = null)
    {
        var response = await client.PostAsJsonAsync("/api/appointment-types", new { name, durationMinutes, price, color });
        return await response.ReadAsync<AppointmentTypeResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> GetAvailabilityAsync(this HttpClient client, DateOnly from, DateOnly to, Guid? doctorId = null,
        int? durationMinutes = null, Guid? appointmentTypeId = null)
    {
        var query = $"from={Day(from)}&to={Day(to)}"
            + (doctorId is null ? "" : $"&doctorId={doctorId}")
            + (durationMinutes is null ? "" : $"&durationMinutes={durationMinutes}")
            + (appointmentTypeId is null ? "" : $"&appointmentTypeId={appointmentTypeId}");
        return client.GetAsync($"/api/availability?{query}");
    }

    public static async Task<IReadOnlyList<FreeSlotResponse>> FreeSlotsAsync(this HttpClient client, DateOnly from, DateOnly to,
        Guid? doctorId = null, int? durationMinutes = null, Guid? appointmentTypeId = null)
    {
        var response = await client.GetAvailabilityAsync(from, to, doctorId, durationMinutes, appointmentTypeId);
        return (await response.ReadAsync<AvailabilityResponse>(HttpStatusCode.OK)).Items;
    }

    public static Task<HttpResponseMessage> PostBookingAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/appointments", body);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
