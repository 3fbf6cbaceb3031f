namespace ClinicOps.Contracts.Reminders;

/// <summary>Why a reminder exists: before the visit (upcoming) or after it (follow_up).</summary>
public static class ReminderPurposes
{
    public const string Upcoming = "upcoming";
    public const string FollowUp = "follow_up";

    public static readonly IReadOnlyList<string> All = [Upcoming, FollowUp];
}
