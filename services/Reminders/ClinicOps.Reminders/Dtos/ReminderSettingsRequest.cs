namespace ClinicOps.Reminders.Dtos;

public sealed record ReminderSettingsRequest(int[]? LeadTimesMinutes, string? DefaultType, int? FollowUpAfterDays, string? FollowUpType);
