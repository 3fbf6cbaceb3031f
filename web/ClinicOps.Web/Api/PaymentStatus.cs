namespace ClinicOps.Web.Api;

/// <summary>The API's payment status words and how pages show them: a word and a symbol beside the colour, never colour alone.</summary>
public static class PaymentStatus
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Refunded = "refunded";

    public static readonly IReadOnlyList<string> All = [Pending, Paid, Failed, Refunded];

    public static string Label(string status) => status switch
    {
        Pending => "Pending",
        Paid => "Paid",
        Failed => "Failed",
        Refunded => "Refunded",
        _ => status,
    };

    public static string Symbol(string status) => status switch
    {
        Pending => "…",
        Paid => "✓",
        Failed => "✕",
        Refunded => "↩",
        _ => "?",
    };

    /// <summary>Bootstrap colours: paid green, pending amber, failed red, refunded grey.</summary>
    public static string BadgeClass(string status) => status switch
    {
        Paid => "text-bg-success",
        Pending => "text-bg-warning",
        Failed => "text-bg-danger",
        Refunded => "text-bg-secondary",
        _ => "text-bg-light",
    };
}
