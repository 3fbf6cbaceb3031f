namespace ClinicOps.Web.Api;

/// <summary>A kind of visit: its default length, its price in the clinic's currency and the colour the calendar shows it in.</summary>
/// <param name="Color">"#RRGGBB", or null for the calendar's neutral colour.</param>
/// <param name="Archived">Kept for the appointments that have it; it can no longer be booked.</param>
public sealed record AppointmentType(Guid Id, string Name, int DurationMinutes, decimal? Price, string? Color, bool Archived);
