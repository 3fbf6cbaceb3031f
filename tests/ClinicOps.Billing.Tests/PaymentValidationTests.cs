using System.Net;
using System.Net.Http.Json;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class PaymentValidationTests(BillingApp app)
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"amount": 0, "method": "cash"}""", "amount" },
        { """{"amount": -5, "method": "cash"}""", "amount" },
        { """{"amount": 10.005, "method": "cash"}""", "amount" },
        { """{"amount": 10000000000, "method": "cash"}""", "amount" },
        { """{"method": "cash"}""", "amount" },
        { """{"amount": 10, "method": "bitcoin"}""", "method" },
        { """{"amount": 10, "method": "Cash"}""", "method" },
        { """{"amount": 10}""", "method" },
        { """{"amount": 10, "method": "cash", "status": "refunded"}""", "status" },
        { """{"amount": 10, "method": "cash", "status": "failed"}""", "status" },
        { """{"amount": 10, "method": "cash", "status": "settled"}""", "status" },
        { $$"""{"amount": 10, "method": "cash", "reference": "{{new string('r', 201)}}"}""", "reference" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_field_answers_400_naming_it(string body, string field)
    {
        var (client, appointmentId) = await BookedAsync();

        using var response = await client.PostAsync($"/api/appointments/{appointmentId}/payments", Json(body));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Empty(await client.GetFromJsonAsync<List<PaymentResponse>>($"/api/appointments/{appointmentId}/payments") ?? []);
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var (client, appointmentId) = await BookedAsync();

        using var response = await client.PostAsync($"/api/appointments/{appointmentId}/payments",
            Json("""{"amount": -1.234, "method": "gold", "status": "refunded"}"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(2, errors.GetProperty("amount").GetArrayLength());
        Assert.True(errors.TryGetProperty("method", out _));
        Assert.True(errors.TryGetProperty("status", out _));
    }

    [Theory]
    [InlineData("""{"amount": "ten", "method": "cash"}""")]
    [InlineData("""{"amount": 10, "method": "cash" """)]
    [InlineData("")]
    public async Task A_body_that_is_not_valid_json_answers_400(string body)
    {
        var (client, appointmentId) = await BookedAsync();

        using var response = await client.PostAsync($"/api/appointments/{appointmentId}/payments", Json(body));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Validation_comes_before_looking_for_the_appointment()
    {
        var clinicId = await app.NewClinicAsync();

        using var response = await app.ClientFor(clinicId).PostAsync($"/api/appointments/{Guid.CreateVersion7()}/payments",
            Json("""{"amount": 0, "method": "cash"}"""));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "amount");
    }

    private async Task<(HttpClient Client, Guid AppointmentId)> BookedAsync()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        return (app.ClientFor(clinicId), booked.AppointmentId);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
