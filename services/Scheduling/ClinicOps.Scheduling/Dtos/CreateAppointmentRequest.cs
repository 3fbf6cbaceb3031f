namespace ClinicOps.Scheduling.Dtos;

/// <summary>
/// Body of POST /api/appointments; durationMinutes defaults to the type's, else 30. allowOutsideHours lets an owner or
/// receptionist book outside the doctor's working hours or in their time off.
/// </summary>
public sealed record CreateAppointmentRequest(
    Guid? DoctorId,
    Guid? PatientId,
    DateTimeOffset? StartsAt,
    int? DurationMinutes,
    string? Notes,
    Guid? AppointmentTypeId = null,
    bool? AllowOutsideHours = null);
