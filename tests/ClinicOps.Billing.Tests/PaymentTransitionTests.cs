using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class PaymentTransitionTests(BillingApp app)
{
    [Fact]
    public async Task A_pending_payment_can_be_marked_paid_which_stamps_paidAt()
    {
        var (client, payment) = await PaymentAsync("pending");
        var before = app.Billing.Clock.GetUtcNow();

        var paid = await (await client.PostAsync($"/api/payments/{payment.Id}/mark-paid", null)).ReadAsync<PaymentResponse>();

        Assert.Equal("paid", paid.Status);
        Assert.InRange(paid.PaidAt!.Value, before.AddSeconds(-1), app.Billing.Clock.GetUtcNow().AddSeconds(1));
        Assert.Null(paid.RefundedAt);
        Assert.Equal(paid, await (await client.GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>());
    }

    [Fact]
    public async Task A_pending_payment_can_be_marked_failed()
    {
        var (client, payment) = await PaymentAsync("pending");

        var failed = await (await client.PostAsync($"/api/payments/{payment.Id}/mark-failed", null)).ReadAsync<PaymentResponse>();

        Assert.Equal("failed", failed.Status);
        Assert.Null(failed.PaidAt);
    }

    [Fact]
    public async Task A_paid_payment_can_be_refunded_which_stamps_refundedAt_and_keeps_paidAt()
    {
        var (client, payment) = await PaymentAsync("paid");
        var before = app.Billing.Clock.GetUtcNow();

        var refunded = await (await client.PostAsync($"/api/payments/{payment.Id}/refund", null)).ReadAsync<PaymentResponse>();

        Assert.Equal("refunded", refunded.Status);
        Assert.Equal(payment.PaidAt, refunded.PaidAt);
        Assert.InRange(refunded.RefundedAt!.Value, before.AddSeconds(-1), app.Billing.Clock.GetUtcNow().AddSeconds(1));
    }

    [Theory]
    [InlineData("pending", "refund")]
    [InlineData("paid", "mark-paid")]
    [InlineData("paid", "mark-failed")]
    [InlineData("failed", "mark-paid")]
    [InlineData("failed", "mark-failed")]
    [InlineData("failed", "refund")]
    [InlineData("refunded", "mark-paid")]
    [InlineData("refunded", "mark-failed")]
    [InlineData("refunded", "refund")]
    public async Task A_transition_the_contract_does_not_allow_answers_422_and_changes_nothing(string status, string action)
    {
        var (client, payment) = await PaymentAsync(status);

        using var response = await client.PostAsync($"/api/payments/{payment.Id}/{action}", null);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(payment, await (await client.GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>());
    }

    [Theory]
    [InlineData("mark-paid")]
    [InlineData("mark-failed")]
    [InlineData("refund")]
    public async Task Another_clinics_payment_answers_404_and_is_left_alone(string action)
    {
        var (owner, payment) = await PaymentAsync(action == "refund" ? "paid" : "pending");
        var other = app.ClientFor(await app.NewClinicAsync(), "owner");

        using var response = await other.PostAsync($"/api/payments/{payment.Id}/{action}", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(payment, await (await owner.GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>());
    }

    [Theory]
    [InlineData("mark-paid")]
    [InlineData("mark-failed")]
    [InlineData("refund")]
    public async Task An_unknown_payment_answers_404(string action)
    {
        var client = app.ClientFor(await app.NewClinicAsync(), "owner");

        using var response = await client.PostAsync($"/api/payments/{Guid.CreateVersion7()}/{action}", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A payment brought to <paramref name="status"/> through the API.</summary>
    private async Task<(HttpClient Client, PaymentResponse Payment)> PaymentAsync(string status)
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId, "owner");
        var payment = await client.RecordPaymentAsync(booked.AppointmentId, 40m, "card", status == "pending" || status == "failed" ? "pending" : "paid");
        var action = status switch
        {
            "failed" => "mark-failed",
            "refunded" => "refund",
            _ => null,
        };
        if (action is not null)
        {
            payment = await (await client.PostAsync($"/api/payments/{payment.Id}/{action}", null)).ReadAsync<PaymentResponse>();
        }

        Assert.Equal(status, payment.Status);
        return (client, payment);
    }
}
