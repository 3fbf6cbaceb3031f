using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Testing;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>Arranging money, reminders and settings through the public API, as another client of the clinic would.</summary>
public static class ClinicArrange
{
    public static Task<Guid> AddAppointmentTypeAsync(this StaffAccount staff, string name, int durationMinutes, decimal? price) =>
        staff.CreateAsync("/api/appointment-types", new { name, durationMinutes, price });

    public static Task<Guid> BookTypedAsync(this StaffAccount staff, Guid doctorId, Guid patientId, Guid appointmentTypeId, DateTimeOffset startsAt) =>
        staff.CreateAsync("/api/appointments", new { doctorId, patientId, appointmentTypeId, startsAt });

    public static async Task<Guid> RecordPaymentAsync(this StaffAccount staff, Guid appointmentId, decimal amount, string method = "card",
        string status = "paid", string? reference = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/appointments/{appointmentId}/payments")
        {
            Content = JsonContent.Create(new { amount, method, status, reference }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await staff.Api.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"payment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Adds a reminder. The reminders service learns of an appointment from scheduling's events, so one booked a moment
    /// ago answers 404 until its event has arrived: this waits for that, then expects 201.
    /// </summary>
    public static async Task<Guid> AddReminderAsync(this StaffAccount staff, Guid appointmentId, string type, string purpose, DateTimeOffset sendAt,
        string? note = null)
    {
        var (status, body) = await Eventually.GetAsync(async () =>
        {
            using var response = await staff.Api.PostAsJsonAsync($"/api/appointments/{appointmentId}/reminders", new { type, purpose, sendAt, note });
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }, answer => answer.StatusCode != HttpStatusCode.NotFound, "the reminders service to know the appointment");
        Assert.True(status == HttpStatusCode.Created, $"reminder: {(int)status} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task PostAsync(this StaffAccount staff, string path, object? body = null)
    {
        using var response = await staff.Api.PostAsJsonAsync(path, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task PutAsync(this StaffAccount staff, string path, object body)
    {
        using var response = await staff.Api.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The clinic's date now, in its time zone.</summary>
    public static DateOnly TodayIn(string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
