namespace ClinicOps.Scheduling.Dtos;

/// <summary>`?search=` of GET /api/patients: part of the name, phone or email.</summary>
public sealed record PatientFilter(string? Search);
