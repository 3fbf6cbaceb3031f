namespace ClinicOps.Scheduling.Dtos;

/// <summary>`?specialization=&amp;search=` of GET /api/doctors (search matches the name).</summary>
public sealed record DoctorFilter(string? Specialization, string? Search);
