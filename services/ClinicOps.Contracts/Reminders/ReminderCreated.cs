namespace ClinicOps.Contracts.Reminders;

public sealed record ReminderCreated : ReminderSnapshot;
