namespace ClinicOps.Scheduling.Model;

/// <summary>The lower-case status words of the API contract, stored as text with a CHECK constraint.</summary>
public static class AppointmentStatus
{
    public const string Scheduled = "scheduled";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no_show";

    public static readonly IReadOnlyList<string> All = [Scheduled, Completed, Cancelled, NoShow];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);
}
