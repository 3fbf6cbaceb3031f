using System.Net;
using System.Text.Json;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class RecordingPaymentsTests(BillingApp app)
{
    [Fact]
    public async Task Recording_a_pending_payment_answers_201_with_the_payment_in_the_clinics_currency()
    {
        var clinicId = await app.NewClinicAsync("CHF");
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        var before = app.Billing.Clock.GetUtcNow();

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { amount = 120.5m, method = "cash", reference = " R-17 " });

        var payment = await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/payments/{payment.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(booked.AppointmentId, payment.AppointmentId);
        Assert.Equal(120.50m, payment.Amount);
        Assert.Equal("CHF", payment.Currency);
        Assert.Equal("cash", payment.Method);
        Assert.Equal("pending", payment.Status);
        Assert.Equal("R-17", payment.Reference);
        Assert.Null(payment.PaidAt);
        Assert.Null(payment.RefundedAt);
        Assert.False(payment.AppointmentDeleted);
        Assert.InRange(payment.CreatedAt, before.AddSeconds(-1), app.Billing.Clock.GetUtcNow().AddSeconds(1));
    }

    [Fact]
    public async Task A_payment_reads_as_the_contracts_json_with_two_decimals()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);

        using var created = await client.PostPaymentAsync(booked.AppointmentId, new { amount = 80, method = "card" });
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(
            ["id", "appointmentId", "amount", "currency", "method", "status", "reference", "paidAt", "refundedAt", "appointmentDeleted", "createdAt",
                "recordedBy", "markedBy", "refundedBy"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("80.00", json.GetProperty("amount").GetRawText());
        var read = await client.GetStringAsync($"/api/payments/{json.GetProperty("id").GetGuid()}");
        Assert.Equal(json.GetRawText(), read);
    }

    [Fact]
    public async Task Recording_a_payment_as_paid_stamps_paidAt()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var before = app.Billing.Clock.GetUtcNow();

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 30m, "insurance", "paid");

        Assert.Equal("paid", payment.Status);
        Assert.NotNull(payment.PaidAt);
        Assert.InRange(payment.PaidAt.Value, before.AddSeconds(-1), app.Billing.Clock.GetUtcNow().AddSeconds(1));
    }

    [Theory]
    [InlineData("cash")]
    [InlineData("card")]
    [InlineData("transfer")]
    [InlineData("insurance")]
    [InlineData("other")]
    public async Task Every_method_of_the_contract_is_accepted(string method)
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 10m, method);

        Assert.Equal(method, payment.Method);
    }

    [Fact]
    public async Task Without_an_idempotency_key_every_post_records_a_new_payment()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);

        var first = await client.RecordPaymentAsync(booked.AppointmentId, 10m);
        var second = await client.RecordPaymentAsync(booked.AppointmentId, 10m);

        Assert.NotEqual(first.Id, second.Id);
        var listed = await (await client.GetAsync($"/api/appointments/{booked.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>();
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task A_payment_takes_the_currency_the_clinic_has_when_it_is_recorded()
    {
        var clinicId = await app.NewClinicAsync("EUR");
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        var inEuro = await client.RecordPaymentAsync(booked.AppointmentId);

        await app.PublishAsync(Events.ClinicUpdated(clinicId, "GBP"));
        var inPound = await client.RecordPaymentAsync(booked.AppointmentId);

        Assert.Equal("GBP", inPound.Currency);
        Assert.Equal("EUR", (await (await client.GetAsync($"/api/payments/{inEuro.Id}")).ReadAsync<PaymentResponse>()).Currency);
    }

    [Fact]
    public async Task An_older_clinic_event_arriving_late_does_not_undo_a_newer_currency()
    {
        var clinicId = await app.NewClinicAsync("EUR");
        var booked = await app.BookAsync(clinicId);
        await app.PublishAsync(Events.ClinicUpdated(clinicId, "USD"));

        await app.PublishAsync(Events.ClinicUpdated(clinicId, "JPY", occurredAt: TimeProvider.System.GetUtcNow().AddMinutes(-5)));

        Assert.Equal("USD", (await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId)).Currency);
    }

    [Fact]
    public async Task A_payment_for_another_clinics_appointment_answers_404()
    {
        var owner = await app.NewClinicAsync();
        var booked = await app.BookAsync(owner);
        var other = await app.NewClinicAsync();

        using var response = await app.ClientFor(other).PostPaymentAsync(booked.AppointmentId, new { amount = 10m, method = "cash" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await app.ClientFor(owner).GetAsync($"/api/appointments/{booked.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>();
        Assert.Empty(listed);
    }

    [Fact]
    public async Task A_payment_for_an_unknown_appointment_answers_404()
    {
        var clinicId = await app.NewClinicAsync();

        using var response = await app.ClientFor(clinicId).PostPaymentAsync(Guid.CreateVersion7(), new { amount = 10m, method = "cash" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Payments_need_a_valid_token()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        using var response = await app.Billing.CreateClient().PostPaymentAsync(booked.AppointmentId, new { amount = 10m, method = "cash" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
