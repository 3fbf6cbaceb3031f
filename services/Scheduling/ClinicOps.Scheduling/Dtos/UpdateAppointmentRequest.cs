namespace ClinicOps.Scheduling.Dtos;

/// <summary>
/// Body of PATCH /api/appointments/{id}: only the fields given change; notes "" clears the notes. Another
/// appointmentTypeId brings its duration (unless durationMinutes is given) and its price.
/// </summary>
public sealed record UpdateAppointmentRequest(
    DateTimeOffset? StartsAt,
    int? DurationMinutes,
    Guid? DoctorId,
    string? Notes,
    Guid? AppointmentTypeId = null,
    bool? AllowOutsideHours = null);
