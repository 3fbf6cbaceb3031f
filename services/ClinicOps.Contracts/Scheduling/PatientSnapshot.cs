namespace ClinicOps.Contracts.Scheduling;

/// <summary>A patient's name and contact details, which reminders need to reach them.</summary>
public abstract record PatientSnapshot : IntegrationEvent
{
    public required Guid PatientId { get; init; }
    public required string Name { get; init; }
    /// <summary>E.164, e.g. +4915112345678.</summary>
    public required string Phone { get; init; }
    public string? Email { get; init; }
}
