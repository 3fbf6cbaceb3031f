namespace ClinicOps.Contracts.Identity;

public sealed record ClinicRegistered : IntegrationEvent
{
    public required string Name { get; init; }
    public required string TimeZone { get; init; }
    public required string Currency { get; init; }
}
