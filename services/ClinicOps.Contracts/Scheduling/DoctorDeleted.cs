namespace ClinicOps.Contracts.Scheduling;

/// <summary>The doctor (who had no appointments) was deleted: consumers erase what they keep of the doctor.</summary>
public sealed record DoctorDeleted : IntegrationEvent
{
    public required Guid DoctorId { get; init; }
}
