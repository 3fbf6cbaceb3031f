namespace ClinicOps.Contracts.Scheduling;

/// <summary>
/// The patient's name, phone, email and date of birth were erased; the patient's appointments and payments stay.
/// Carries no personal data, old or new: consumers erase what they keep of the patient.
/// </summary>
public sealed record PatientAnonymized : IntegrationEvent
{
    public required Guid PatientId { get; init; }
}
