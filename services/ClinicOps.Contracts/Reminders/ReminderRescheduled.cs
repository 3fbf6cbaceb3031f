namespace ClinicOps.Contracts.Reminders;

public sealed record ReminderRescheduled : ReminderSnapshot;
