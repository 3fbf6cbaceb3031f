namespace ClinicOps.Reminders.Dtos;

/// <summary>POST /api/appointments/{id}/reminders; purpose defaults to upcoming.</summary>
public sealed record CreateReminderRequest(string? Type, string? Purpose, DateTimeOffset? SendAt, string? Note);
