namespace ClinicOps.Billing.Model;

/// <summary>What billing keeps of an appointment at one version, from an event or from scheduling's API.</summary>
/// <param name="Price">The appointment type's price when it was booked; null when it has none.</param>
public sealed record AppointmentState(Guid Id, int Version, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, string Status, bool Deleted,
    decimal? Price);
