using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Services;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class IdempotencyTests(BillingApp app)
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_body_replays_the_first_answer_exactly_and_records_nothing_new()
    {
        var (client, clinicId, appointmentId) = await BookedAsync();
        var key = NewKey();

        using var first = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card", reference = "T-1" }, key);
        using var retry = await client.PostPaymentAsync(appointmentId, new { reference = "T-1", method = "card", amount = 25.00m }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Single(await ListAsync(client, appointmentId));
        Assert.Single(await Outbox.ReadAsync(app.Billing, clinicId));
    }

    [Fact]
    public async Task The_same_key_with_another_body_answers_422()
    {
        var (client, _, appointmentId) = await BookedAsync();
        var key = NewKey();
        using var first = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, key);

        using var other = await client.PostPaymentAsync(appointmentId, new { amount = 26m, method = "card" }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Single(await ListAsync(client, appointmentId));
    }

    [Fact]
    public async Task The_same_key_for_another_appointment_answers_422()
    {
        var (client, clinicId, appointmentId) = await BookedAsync();
        var another = await app.BookAsync(clinicId);
        var key = NewKey();
        using var first = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, key);

        using var other = await client.PostPaymentAsync(another.AppointmentId, new { amount = 25m, method = "card" }, key);

        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Empty(await ListAsync(client, another.AppointmentId));
    }

    [Fact]
    public async Task Keys_belong_to_a_clinic_so_two_clinics_may_use_the_same_key()
    {
        var (client, _, appointmentId) = await BookedAsync();
        var (otherClient, _, otherAppointmentId) = await BookedAsync();
        var key = NewKey();

        using var first = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, key);
        using var second = await otherClient.PostPaymentAsync(otherAppointmentId, new { amount = 25m, method = "card" }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Twenty_concurrent_posts_with_one_key_record_exactly_one_payment_and_all_get_its_answer()
    {
        var (client, clinicId, appointmentId) = await BookedAsync();
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.PostPaymentAsync(appointmentId, new { amount = 99.99m, method = "transfer" }, key)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Single(await ListAsync(client, appointmentId));
        Assert.Single(await Outbox.ReadAsync(app.Billing, clinicId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("with\ttab")]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    public async Task A_key_that_is_blank_or_has_control_characters_answers_400(string key)
    {
        var (client, _, appointmentId) = await BookedAsync();

        using var response = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, key);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Empty(await ListAsync(client, appointmentId));
    }

    [Fact]
    public async Task Two_keys_on_one_request_answer_400()
    {
        var (client, _, appointmentId) = await BookedAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/appointments/{appointmentId}/payments")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { amount = 25m, method = "card" }),
        };
        request.Headers.Add("Idempotency-Key", [NewKey(), NewKey()]);

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Empty(await ListAsync(client, appointmentId));
    }

    [Fact]
    public async Task A_key_longer_than_200_characters_answers_400_and_200_are_fine()
    {
        var (client, _, appointmentId) = await BookedAsync();

        using var tooLong = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, new string('k', 201));
        using var longest = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, new string('k', 200));

        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Fact]
    public async Task A_key_older_than_24_hours_is_forgotten()
    {
        var (client, _, appointmentId) = await BookedAsync();
        var key = NewKey();
        using var first = await client.PostPaymentAsync(appointmentId, new { amount = 25m, method = "card" }, key);
        try
        {
            app.Billing.Clock.Offset = TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1));

            using var later = await client.PostPaymentAsync(appointmentId, new { amount = 30m, method = "cash" }, key);
            using var replay = await client.PostPaymentAsync(appointmentId, new { amount = 30m, method = "cash" }, key);

            Assert.Equal(HttpStatusCode.Created, later.StatusCode);
            Assert.Equal(await later.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
            Assert.Equal(2, (await ListAsync(client, appointmentId)).Count);
        }
        finally
        {
            app.Billing.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task The_cleanup_purges_keys_older_than_24_hours_of_every_clinic_and_keeps_newer_ones()
    {
        var (client, clinicId, appointmentId) = await BookedAsync();
        using var old = await client.PostPaymentAsync(appointmentId, new { amount = 1m, method = "card" }, NewKey());
        app.Billing.Clock.Offset = TimeSpan.FromHours(23);
        try
        {
            using var recent = await client.PostPaymentAsync(appointmentId, new { amount = 2m, method = "card" }, NewKey());
            app.Billing.Clock.Offset = TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1));

            await using var scope = app.Billing.Services.CreateAsyncScope();
            var purged = await scope.ServiceProvider.GetRequiredService<IdempotencyKeys>().PurgeExpiredAsync(CancellationToken.None);

            Assert.True(purged >= 1);
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
            var left = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().IdempotencyKeys.Select(k => k.PaymentId).ToListAsync();
            Assert.Equal([(await recent.ReadAsync<PaymentResponse>(HttpStatusCode.Created)).Id], left);
        }
        finally
        {
            app.Billing.Clock.Offset = TimeSpan.Zero;
        }
    }

    private async Task<(HttpClient Client, Guid ClinicId, Guid AppointmentId)> BookedAsync()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        return (app.ClientFor(clinicId), clinicId, booked.AppointmentId);
    }

    private static async Task<List<PaymentResponse>> ListAsync(HttpClient client, Guid appointmentId) =>
        await (await client.GetAsync($"/api/appointments/{appointmentId}/payments")).ReadAsync<List<PaymentResponse>>();

    private static string NewKey() => Guid.NewGuid().ToString();
}
