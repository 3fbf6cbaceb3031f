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
