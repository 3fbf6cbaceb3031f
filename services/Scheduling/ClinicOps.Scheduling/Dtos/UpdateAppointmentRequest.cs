namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of PATCH /api/appointments/{id}: only the fields given change; notes "" clears the notes.</summary>
public sealed record UpdateAppointmentRequest(DateTimeOffset? StartsAt, int? DurationMinutes, Guid? DoctorId, string? Notes);
