namespace ClinicOps.Reminders.Dtos;

/// <summary>GET /api/reminders filters, e.g. today's call list: type=call&amp;status=pending&amp;dueBefore=&lt;end of today&gt;.</summary>
public sealed record ReminderFilter(string? Status, string? Type, string? Purpose, DateTimeOffset? DueBefore);
