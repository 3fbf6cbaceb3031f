namespace ClinicOps.Contracts.Identity;

public sealed record ClinicUpdated : IntegrationEvent
{
    public required string Name { get; init; }
    public required string TimeZone { get; init; }
    public required string Currency { get; init; }
}
