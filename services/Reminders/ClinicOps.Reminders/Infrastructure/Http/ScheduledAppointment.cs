namespace ClinicOps.Reminders.Infrastructure.Http;

/// <summary>What reminders reads of scheduling's <c>GET /api/appointments/{id}</c>.</summary>
public sealed record ScheduledAppointment(Guid Id, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, string Status);
