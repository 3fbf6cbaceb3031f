namespace ClinicOps.Contracts.Reminders;

/// <summary>A reminder's status: the lower-case words of the API and of every reminder event.</summary>
public static class ReminderStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed, Cancelled];
}
