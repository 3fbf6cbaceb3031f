namespace ClinicOps.Contracts.Reminders;

public sealed record ReminderFailed : ReminderSnapshot;
