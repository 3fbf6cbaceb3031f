using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>Arranging a clinic's data through the public API, as another client of the clinic would.</summary>
public static class ApiArrange
{
    public static Task<Guid> AddDoctorAsync(this StaffAccount staff, string name, string specialization = "General practice") =>
        staff.CreateAsync("/api/doctors", new { name, specialization });

    public static Task<Guid> AddPatientAsync(this StaffAccount staff, string name, string phone, string? email = null) =>
        staff.CreateAsync("/api/patients", new { name, phone, email });

    public static Task<Guid> BookAsync(this StaffAccount staff, Guid doctorId, Guid patientId, DateTimeOffset startsAt, int durationMinutes = 30) =>
        staff.CreateAsync("/api/appointments", new { doctorId, patientId, startsAt, durationMinutes });

    public static Task<Guid> BookAsync(this StaffAccount staff, Guid doctorId, Guid patientId, DateTimeOffset startsAt, Guid appointmentTypeId) =>
        staff.CreateAsync("/api/appointments", new { doctorId, patientId, startsAt, appointmentTypeId });

    public static Task<Guid> AddTypeAsync(this StaffAccount staff, string name, int durationMinutes, decimal? price, string? color) =>
        staff.CreateAsync("/api/appointment-types", new { name, durationMinutes, price, color });

    public static Task<Guid> AddTimeOffAsync(this StaffAccount staff, Guid doctorId, DateTimeOffset startsAt, DateTimeOffset endsAt, string? reason) =>
        staff.CreateAsync($"/api/doctors/{doctorId}/time-off", new { startsAt, endsAt, reason });

    /// <summary>The same hours on every day of the week ("09:00", "12:00", "13:00", "17:00": two intervals a day).</summary>
    public static async Task SetDailyHoursAsync(this StaffAccount staff, Guid doctorId, params string[] times)
    {
        var intervals = times.Chunk(2).Select(pair => new { start = pair[0], end = pair[1] }).ToArray();
        var week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, intervals }).ToArray();
        using var response = await staff.Api.PutAsJsonAsync($"/api/doctors/{doctorId}/working-hours", new { week });
        Assert.True(response.IsSuccessStatusCode, $"PUT working hours: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task PostAsync(this StaffAccount staff, string path, object? body = null)
    {
        using var response = await staff.Api.PostAsJsonAsync(path, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A wall-clock time on a date in the clinic's zone (Europe/Berlin unless told).</summary>
    public static DateTimeOffset At(DateOnly date, int hour, int minute = 0, string timeZone = "Europe/Berlin")
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Today's date in the clinic's zone, plus some days.</summary>
    public static DateOnly ClinicDate(int daysAhead, string timeZone = "Europe/Berlin") =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime).AddDays(daysAhead);

    public static async Task<JsonElement> GetJsonAsync(this StaffAccount staff, string path)
    {
        using var response = await staff.Api.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static async Task<Guid> CreateAsync(this StaffAccount staff, string path, object body)
    {
        using var response = await staff.Api.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A time on a weekday a few days ahead, on the hour, in the clinic's zone (Europe/Berlin unless told).</summary>
    public static DateTimeOffset DaysAhead(int days, int hour, string timeZone = "Europe/Berlin")
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(days);
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
