namespace ClinicOps.Scheduling.Dtos;

/// <summary>`?from=&amp;to=&amp;doctorId=&amp;patientId=&amp;status=` of GET /api/appointments (from ≤ startsAt &lt; to).</summary>
public sealed record AppointmentFilter(DateTimeOffset? From, DateTimeOffset? To, Guid? DoctorId, Guid? PatientId, string? Status);
