using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;

namespace ClinicOps.Billing.Tests;

/// <summary>Every state change writes exactly one event to the outbox, in the same transaction, with the whole snapshot.</summary>
[Collection(BillingCollection.Name)]
public sealed class PaymentEventTests(BillingApp app)
{
    [Fact]
    public async Task Recording_a_pending_payment_writes_one_PaymentRecorded_with_clinic_appointment_doctor_amount_and_currency()
    {
        var clinicId = await app.NewClinicAsync("SEK");
        var booked = await app.BookAsync(clinicId);

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 77.7m, "cash");

        var evt = Assert.Single(await Outbox.ReadAsync(app.Billing, clinicId));
        Assert.Equal("PaymentRecorded", evt.Type);
        AssertSnapshot(evt, payment, booked.DoctorId, version: 1);
    }

    [Fact]
    public async Task Recording_a_payment_as_paid_writes_PaymentRecorded_and_PaymentPaid_with_the_same_snapshot()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 15m, "card", "paid");

        var events = await Outbox.ReadAsync(app.Billing, clinicId);
        Assert.Equal(["PaymentRecorded", "PaymentPaid"], events.Select(e => e.Type).Order().Reverse());
        Assert.All(events, e => AssertSnapshot(e, payment, booked.DoctorId, version: 1));
    }

    [Fact]
    public async Task Each_transition_writes_exactly_one_event_with_the_next_version()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId, "owner");
        var toRefund = await client.RecordPaymentAsync(booked.AppointmentId, 10m);
        var toFail = await client.RecordPaymentAsync(booked.AppointmentId, 20m);

        var paid = await (await client.PostAsync($"/api/payments/{toRefund.Id}/mark-paid", null)).ReadAsync<PaymentResponse>();
        var refunded = await (await client.PostAsync($"/api/payments/{toRefund.Id}/refund", null)).ReadAsync<PaymentResponse>();
        var failed = await (await client.PostAsync($"/api/payments/{toFail.Id}/mark-failed", null)).ReadAsync<PaymentResponse>();

        var events = await Outbox.ReadAsync(app.Billing, clinicId);
        Assert.Equal(5, events.Count);
        AssertSnapshot(Assert.Single(events, e => e.Type == "PaymentPaid"), paid, booked.DoctorId, version: 2);
        AssertSnapshot(Assert.Single(events, e => e.Type == "PaymentRefunded"), refunded, booked.DoctorId, version: 3);
        AssertSnapshot(Assert.Single(events, e => e.Type == "PaymentFailed"), failed, booked.DoctorId, version: 2);
    }

    [Fact]
    public async Task A_refused_transition_writes_no_event()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId, "owner");
        var payment = await client.RecordPaymentAsync(booked.AppointmentId);

        using var refused = await client.PostAsync($"/api/payments/{payment.Id}/refund", null);

        Assert.Equal(422, (int)refused.StatusCode);
        Assert.Equal(["PaymentRecorded"], (await Outbox.ReadAsync(app.Billing, clinicId)).Select(e => e.Type));
    }

    private static void AssertSnapshot(OutboxEvent evt, PaymentResponse payment, Guid doctorId, int version)
    {
        var p = evt.Payload;
        Assert.Equal(evt.ClinicId, p.GetProperty("clinicId").GetGuid());
        Assert.Equal(payment.Id, p.GetProperty("paymentId").GetGuid());
        Assert.Equal(payment.AppointmentId, p.GetProperty("appointmentId").GetGuid());
        Assert.Equal(doctorId, p.GetProperty("doctorId").GetGuid());
        Assert.Equal(payment.Amount, p.GetProperty("amount").GetDecimal());
        Assert.Equal(payment.Currency, p.GetProperty("currency").GetString());
        Assert.Equal(payment.Method, p.GetProperty("method").GetString());
        Assert.Equal(payment.Status, p.GetProperty("status").GetString());
        Assert.Equal(version, p.GetProperty("version").GetInt32());
    }
}
