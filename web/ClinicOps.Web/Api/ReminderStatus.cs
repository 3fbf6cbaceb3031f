namespace ClinicOps.Web.Api;

/// <summary>The API's reminder status words and how pages show them (a word and a symbol beside the colour).</summary>
public static class ReminderStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>A call reminder is "sent" once staff made the call.</summary>
    public static string Label(string status, string type) => status switch
    {
        Pending => "Pending",
        Sent when type == ReminderType.Call => "Called",
        Sent => "Sent",
        Failed when type == ReminderType.Call => "Not reached",
        Failed => "Failed",
        Cancelled => "Cancelled",
        _ => status,
    };

    public static string Symbol(string status) => status switch
    {
        Pending => "…",
        Sent => "✓",
        Failed => "✕",
        Cancelled => "–",
        _ => "?",
    };

    public static string BadgeClass(string status) => status switch
    {
        Pending => "text-bg-primary",
        Sent => "text-bg-success",
        Failed => "text-bg-danger",
        Cancelled => "text-bg-secondary",
        _ => "text-bg-light",
    };
}
