namespace ClinicOps.Messaging;

/// <summary>What a replica reads of scheduling's <c>GET /api/appointments/{id}</c>.</summary>
/// <param name="Price">The appointment type's price when it was booked; null when it has none.</param>
public sealed record ScheduledAppointment(Guid Id, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, string Status, decimal? Price);
