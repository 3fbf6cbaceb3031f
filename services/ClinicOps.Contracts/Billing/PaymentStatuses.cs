namespace ClinicOps.Contracts.Billing;

/// <summary>A payment's status: the lower-case words of the API and of every payment event.</summary>
public static class PaymentStatuses
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Refunded = "refunded";

    public static readonly IReadOnlyList<string> All = [Pending, Paid, Failed, Refunded];
}
