using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Dtos;

public sealed record ReminderSettingsResponse(IReadOnlyList<int> LeadTimesMinutes, string DefaultType, int? FollowUpAfterDays, string FollowUpType)
{
    public static ReminderSettingsResponse From(ReminderSettings s) => new(s.LeadTimesMinutes, s.DefaultType, s.FollowUpAfterDays, s.FollowUpType);
}
