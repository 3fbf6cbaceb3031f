namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of POST /api/patients and PUT /api/patients/{id}.</summary>
public sealed record PatientRequest(string? Name, string? Phone, string? Email, DateOnly? DateOfBirth);
