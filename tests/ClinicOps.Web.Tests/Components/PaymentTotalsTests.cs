using ClinicOps.Web.Api;

namespace ClinicOps.Web.Tests.Components;

public sealed class PaymentTotalsTests
{
    [Fact]
    public void Payments_add_up_per_status_in_the_usual_order_and_per_currency()
    {
        var totals = PaymentTotals.Of(
        [
            Payment("refunded", 30m), Payment("paid", 80m), Payment("pending", 15m), Payment("paid", 20.50m), Payment("paid", 5m, "USD"),
        ], complete: true);

        Assert.Equal(
        [
            new PaymentTotal("pending", "EUR", 1, 15m), new PaymentTotal("paid", "EUR", 2, 100.50m), new PaymentTotal("paid", "USD", 1, 5m),
            new PaymentTotal("refunded", "EUR", 1, 30m),
        ], totals.ByStatus);
        Assert.Equal(5, totals.Counted);
    }

    private static Payment Payment(string status, decimal amount, string currency = "EUR") =>
        new(Guid.NewGuid(), Guid.NewGuid(), amount, currency, "card", status, null, null, null, DateTimeOffset.UtcNow, null, null, null);
}
