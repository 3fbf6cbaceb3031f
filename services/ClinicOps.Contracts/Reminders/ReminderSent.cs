namespace ClinicOps.Contracts.Reminders;

public sealed record ReminderSent : ReminderSnapshot;
