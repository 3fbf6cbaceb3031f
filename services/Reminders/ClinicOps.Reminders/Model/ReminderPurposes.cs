namespace ClinicOps.Reminders.Model;

public static class ReminderPurposes
{
    /// <summary>Before the visit.</summary>
    public const string Upcoming = "upcoming";

    /// <summary>After the visit.</summary>
    public const string FollowUp = "follow_up";

    public static readonly IReadOnlyList<string> All = [Upcoming, FollowUp];
}
