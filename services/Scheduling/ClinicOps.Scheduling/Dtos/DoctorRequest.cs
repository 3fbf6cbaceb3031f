namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of POST /api/doctors and PUT /api/doctors/{id}.</summary>
public sealed record DoctorRequest(string? Name, string? Specialization, string? Email, string? Phone, Guid? UserId);
