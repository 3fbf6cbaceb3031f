using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

/// <summary>
/// Against the real identity service (in-process, same broker): when billing has not heard of a clinic yet, it takes
/// the currency from identity's GET /api/me with the caller's token.
/// </summary>
[Collection(BillingCollection.Name)]
public sealed class IdentityFallbackTests(BillingApp app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_clinic_that_just_signed_up_gets_its_currency_from_identity_when_the_replica_lacks_it()
    {
        var (clinicId, token) = await SignUpAsync("NOK");
        var booked = Events.Scheduled(clinicId);
        await app.PublishAsync(booked);
        // Let ClinicRegistered arrive, then take the clinic out of the replica: billing is back in the moment before
        // the event, deterministically.
        await WaitForClinicAsync(clinicId);
        await RemoveClinicAsync(clinicId);
        var client = app.Billing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { amount = 500m, method = "card" });

        var payment = await response.ReadAsync<Dtos.PaymentResponse>(HttpStatusCode.Created);
        Assert.Equal("NOK", payment.Currency);
        Assert.Single(app.Billing.Upstream.To("/api/me"), c => c.Authorization == $"Bearer {token}");
        Assert.Equal("NOK", await WaitForClinicAsync(clinicId));
    }

    [Fact]
    public async Task A_clinic_neither_billing_nor_identity_knows_answers_404_and_records_nothing()
    {
        var clinicId = Guid.CreateVersion7();
        var booked = Events.Scheduled(clinicId);
        await app.PublishAsync(booked);
        var client = app.ClientFor(clinicId);

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { amount = 5m, method = "cash" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await Outbox.ReadAsync(app.Billing, clinicId));
    }

    private async Task<(Guid ClinicId, string Token)> SignUpAsync(string currency)
    {
        using var response = await app.Identity.CreateClient().PostAsJsonAsync("/api/clinics", new
        {
            clinicName = "Fjord Clinic",
            timeZone = "Europe/Oslo",
            currency,
            ownerName = "Olav Owner",
            email = $"owner-{Guid.NewGuid():N}@example.com",
            password = "Correct-Horse-Battery-9",
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Sign-up answered {(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("clinic").GetProperty("id").GetGuid(), json.GetProperty("accessToken").GetString()!);
    }

    private async Task<string> WaitForClinicAsync(Guid clinicId) =>
        (await Eventually.GetAsync(async () =>
        {
            await using var scope = app.Billing.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
            return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Clinics.Select(c => c.Currency).SingleOrDefaultAsync();
        }, currency => currency is not null, $"billing to learn of clinic {clinicId}", Deadline))!;

    private async Task RemoveClinicAsync(Guid clinicId)
    {
        await using var scope = app.Billing.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Clinics.ExecuteDeleteAsync();
    }
}
