namespace ClinicOps.Web.Api;

/// <summary>
/// Recording a payment. The form carries its own idempotency key, made when the form is first shown: a double click or
/// a retried submit sends the same key with the same body, and billing answers with the payment it recorded the first
/// time instead of recording another.
/// </summary>
public sealed class PaymentForm
{
    public string IdempotencyKey { get; set; } = "";

    /// <summary>Left empty, billing takes the price of the appointment's type (and refuses when it has none).</summary>
    public decimal? Amount { get; set; }

    public string Method { get; set; } = PaymentMethod.Card;

    /// <summary>Paid now, or pending (to be marked paid or failed later).</summary>
    public string Status { get; set; } = PaymentStatus.Paid;

    public string? Reference { get; set; }

    public static PaymentForm New(decimal? price) => new() { IdempotencyKey = NewKey(), Amount = price };

    public static string NewKey() => Guid.NewGuid().ToString("N");

    public object ToBody() => new { amount = Amount, method = Method, status = Status, reference = Blank.ToNull(Reference) };
}
