namespace ClinicOps.Billing.Model;

/// <summary>The lower-case status words of the API contract (also the CHECK constraint's values).</summary>
public static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Refunded = "refunded";

    public static readonly IReadOnlyList<string> All = [Pending, Paid, Failed, Refunded];

    /// <summary>A payment is recorded either as still owed or as already paid; failed/refunded come later.</summary>
    public static readonly IReadOnlyList<string> Initial = [Pending, Paid];
}
