namespace ClinicOps.Reminders.Apis;

public sealed record ReminderSettingsRequest(int[]? LeadTimesMinutes, string? DefaultType, int? FollowUpAfterDays, string? FollowUpType);
