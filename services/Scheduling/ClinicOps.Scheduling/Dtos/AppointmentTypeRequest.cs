namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of POST /api/appointment-types and PUT /api/appointment-types/{id}.</summary>
/// <param name="Price">In the clinic's currency, at least 0, at most 2 decimals; null for none.</param>
/// <param name="Color">"#RRGGBB"; null for none.</param>
public sealed record AppointmentTypeRequest(string? Name, int? DurationMinutes, decimal? Price, string? Color);
