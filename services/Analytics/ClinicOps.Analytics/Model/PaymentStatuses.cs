namespace ClinicOps.Analytics.Model;

/// <summary>The payment statuses billing publishes, stored as lower-case text.</summary>
public static class PaymentStatuses
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Refunded = "refunded";
}
