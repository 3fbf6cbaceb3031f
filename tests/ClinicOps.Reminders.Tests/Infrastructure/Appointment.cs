namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>What a test knows of an appointment it booked through events; <see cref="Version"/> is the newest published.</summary>
public sealed record Appointment(Guid Id, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, int Version, string Status = "scheduled");
