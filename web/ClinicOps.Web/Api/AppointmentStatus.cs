namespace ClinicOps.Web.Api;

/// <summary>The API's status words and how pages show them: a word and a symbol beside the colour, never colour alone.</summary>
public static class AppointmentStatus
{
    public const string Scheduled = "scheduled";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no_show";

    public static readonly IReadOnlyList<string> All = [Scheduled, Completed, Cancelled, NoShow];

    public static string Label(string status) => status switch
    {
        Scheduled => "Scheduled",
        Completed => "Completed",
        Cancelled => "Cancelled",
        NoShow => "No-show",
        _ => status,
    };

    public static string Symbol(string status) => status switch
    {
        Scheduled => "●",
        Completed => "✓",
        Cancelled => "✕",
        NoShow => "!",
        _ => "?",
    };

    /// <summary>Bootstrap colours: scheduled blue, completed green, cancelled grey, no-show amber.</summary>
    public static string BadgeClass(string status) => status switch
    {
        Scheduled => "text-bg-primary",
        Completed => "text-bg-success",
        Cancelled => "text-bg-secondary",
        NoShow => "text-bg-warning",
        _ => "text-bg-light",
    };
}
