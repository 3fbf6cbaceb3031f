namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of POST /api/appointments; durationMinutes defaults to 30.</summary>
public sealed record CreateAppointmentRequest(Guid? DoctorId, Guid? PatientId, DateTimeOffset? StartsAt, int? DurationMinutes, string? Notes);
