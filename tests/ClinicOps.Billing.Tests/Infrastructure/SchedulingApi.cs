using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>Booking through the real scheduling service's API.</summary>
public static class SchedulingApi
{
    public sealed record Booking(Guid AppointmentId, Guid DoctorId, Guid PatientId);

    /// <summary>A booking; with a <paramref name="price"/>, of an appointment type that has that price.</summary>
    public static async Task<Booking> BookAsync(HttpClient scheduling, decimal? price = null)
    {
        var doctorId = await CreateAsync(scheduling, "/api/doctors", new { name = "Dr. Ada Real", specialization = "General practice" });
        var phone = $"+49151{Random.Shared.Next(10_000_000, 99_999_999)}";
        var patientId = await CreateAsync(scheduling, "/api/patients", new { name = "Pat Real", phone });
        Guid? appointmentTypeId = price is null ? null
            : await CreateAsync(scheduling, "/api/appointment-types", new { name = $"Visit {Guid.NewGuid():N}", durationMinutes = 30, price });
        var startsAt = TimeProvider.System.GetUtcNow().AddDays(2);
        var appointmentId = await CreateAsync(scheduling, "/api/appointments", new { doctorId, patientId, startsAt, durationMinutes = 30, appointmentTypeId });
        return new Booking(appointmentId, doctorId, patientId);
    }

    private static async Task<Guid> CreateAsync(HttpClient scheduling, string path, object body)
    {
        using var response = await scheduling.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} at scheduling answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
