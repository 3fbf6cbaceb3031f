namespace ClinicOps.Web.Api;

/// <summary>
/// A change to a recorded payment, as the button that was pressed names it. The page offers each only where the
/// payment's status (and for a refund, the owner's role) allows it; the API decides either way.
/// </summary>
public sealed class PaymentAction
{
    public const string MarkPaid = "mark-paid";
    public const string MarkFailed = "mark-failed";
    public const string Refund = "refund";

    public string? Action { get; set; }

    public static bool IsKnown(string? action) => action is MarkPaid or MarkFailed or Refund;

    public static string Done(string action) => action switch
    {
        MarkPaid => "marked-paid",
        MarkFailed => "marked-failed",
        _ => "refunded",
    };
}
