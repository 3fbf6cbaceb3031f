namespace ClinicOps.Web.Api;

/// <summary>
/// A clinic's automatic reminders: one before each visit per lead time (minutes before the start) of the default type,
/// and, when <see cref="FollowUpAfterDays"/> is set, a follow-up of <see cref="FollowUpType"/> that many days after a completed visit.
/// </summary>
public sealed record ReminderSettings(IReadOnlyList<int> LeadTimesMinutes, string DefaultType, int? FollowUpAfterDays, string FollowUpType);
