namespace ClinicOps.Web.Api;

/// <summary>Before the visit ("your appointment is tomorrow at 10:00") or after it ("call to check on recovery").</summary>
public static class ReminderPurpose
{
    public const string Upcoming = "upcoming";
    public const string FollowUp = "follow_up";

    public static readonly IReadOnlyList<string> All = [Upcoming, FollowUp];

    public static string Label(string purpose) => purpose switch
    {
        Upcoming => "Before the visit",
        FollowUp => "Follow-up",
        _ => purpose,
    };
}
