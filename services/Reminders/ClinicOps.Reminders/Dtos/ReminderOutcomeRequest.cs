namespace ClinicOps.Reminders.Dtos;

/// <summary>Staff's record of a call: mark-sent / mark-failed.</summary>
public sealed record ReminderOutcomeRequest(string? Note);
