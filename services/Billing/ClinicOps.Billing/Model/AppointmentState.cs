namespace ClinicOps.Billing.Model;

/// <summary>What billing keeps of an appointment at one version, from an event or from scheduling's API.</summary>
public sealed record AppointmentState(Guid Id, int Version, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, string Status, bool Deleted);
