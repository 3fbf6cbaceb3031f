namespace ClinicOps.Scheduling.Model;

/// <summary>An appointment type's editable fields, already validated (price with 2 decimals, colour as #RRGGBB in capitals).</summary>
public sealed record AppointmentTypeDetails(string Name, int DurationMinutes, decimal? Price, string? Color);
