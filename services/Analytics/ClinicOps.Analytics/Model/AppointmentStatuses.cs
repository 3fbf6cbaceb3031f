namespace ClinicOps.Analytics.Model;

/// <summary>The appointment statuses scheduling publishes, stored as lower-case text.</summary>
public static class AppointmentStatuses
{
    public const string Scheduled = "scheduled";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no_show";
}
