namespace ClinicOps.Scheduling.Dtos;

/// <summary>`?includeArchived=true` of GET /api/appointment-types lists archived types too (by default only those offered).</summary>
public sealed record AppointmentTypeFilter(bool? IncludeArchived);
