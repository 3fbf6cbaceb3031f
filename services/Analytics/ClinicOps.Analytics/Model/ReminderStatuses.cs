namespace ClinicOps.Analytics.Model;

/// <summary>The reminder statuses the reminders service publishes, stored as lower-case text.</summary>
public static class ReminderStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
