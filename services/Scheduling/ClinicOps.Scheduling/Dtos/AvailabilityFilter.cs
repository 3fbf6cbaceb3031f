namespace ClinicOps.Scheduling.Dtos;

/// <summary>
/// `?doctorId=&amp;from=&amp;to=&amp;durationMinutes=&amp;appointmentTypeId=` of GET /api/availability: one doctor or all, local dates
/// from–to (both included, at most 31 days), and the slot's length (given, else the type's, else 30 minutes).
/// </summary>
public sealed record AvailabilityFilter(Guid? DoctorId, DateOnly? From, DateOnly? To, int? DurationMinutes, Guid? AppointmentTypeId);
