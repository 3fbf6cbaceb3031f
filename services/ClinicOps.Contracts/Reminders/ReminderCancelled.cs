namespace ClinicOps.Contracts.Reminders;

public sealed record ReminderCancelled : ReminderSnapshot;
