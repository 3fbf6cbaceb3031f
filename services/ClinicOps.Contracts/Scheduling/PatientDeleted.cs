namespace ClinicOps.Contracts.Scheduling;

/// <summary>The patient (who had no appointments) was deleted: consumers erase what they keep of the patient.</summary>
public sealed record PatientDeleted : IntegrationEvent
{
    public required Guid PatientId { get; init; }
}
