using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Billing.Dtos;

namespace ClinicOps.Billing.Tests.Infrastructure;

public static class Http
{
    public static Task<HttpResponseMessage> PostPaymentAsync(this HttpClient client, Guid appointmentId, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/appointments/{appointmentId}/payments") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Records a payment that must succeed and returns it.</summary>
    public static async Task<PaymentResponse> RecordPaymentAsync(this HttpClient client, Guid appointmentId,
        decimal amount = 50m, string method = "card", string status = "pending")
    {
        using var response = await client.PostPaymentAsync(appointmentId, new { amount, method, status });
        return await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!;
    }

    /// <summary>Asserts an RFC 9457 problem with <paramref name="status"/> (and an error for <paramref name="field"/>); returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for '{field}': {body}");
        }

        return problem;
    }
}
