using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Testing;

namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>Booking through the real scheduling service's API, for a clinic registered through the broker.</summary>
public static class SchedulingApi
{
    /// <summary>A doctor, a patient with an email and a booking two days ahead; waits until scheduling knows the clinic.</summary>
    public static async Task<Guid> BookAsync(HttpClient scheduling)
    {
        var doctorId = await Eventually.GetAsync(
            () => TryCreateAsync(scheduling, "/api/doctors", new { name = "Dr. Ada Real", specialization = "General practice" }),
            id => id is not null, "scheduling to know the clinic and take a doctor");
        var phone = $"+49151{Random.Shared.Next(10_000_000, 99_999_999)}";
        var patientId = await CreateAsync(scheduling, "/api/patients", new { name = "Pat Real", phone, email = "pat@example.test" });
        var startsAt = TimeProvider.System.GetUtcNow().AddDays(2);
        return await CreateAsync(scheduling, "/api/appointments", new { doctorId, patientId, startsAt, durationMinutes = 30 });
    }

    public static async Task PostAsync(HttpClient scheduling, string path, object body)
    {
        using var response = await scheduling.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"POST {path} at scheduling answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Guid> CreateAsync(HttpClient scheduling, string path, object body) =>
        await TryCreateAsync(scheduling, path, body) ?? throw new InvalidOperationException($"POST {path} at scheduling was refused.");

    /// <summary>The new id; null while scheduling has not heard of the clinic yet (503); any other answer fails.</summary>
    private static async Task<Guid?> TryCreateAsync(HttpClient scheduling, string path, object body)
    {
        using var response = await scheduling.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return null;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} at scheduling answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
