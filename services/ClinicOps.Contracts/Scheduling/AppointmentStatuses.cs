namespace ClinicOps.Contracts.Scheduling;

/// <summary>An appointment's status: the lower-case words of the API and of every appointment event.</summary>
public static class AppointmentStatuses
{
    public const string Scheduled = "scheduled";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no_show";

    public static readonly IReadOnlyList<string> All = [Scheduled, Completed, Cancelled, NoShow];
}
