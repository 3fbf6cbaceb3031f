namespace ClinicOps.Contracts.Scheduling;

/// <summary>Everything other services keep of a doctor; carried whole so consumers never call back.</summary>
public abstract record DoctorSnapshot : IntegrationEvent
{
    public required Guid DoctorId { get; init; }
    public required string Name { get; init; }
    public required string Specialization { get; init; }
}
