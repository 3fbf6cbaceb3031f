namespace ClinicOps.Contracts.Identity;

public sealed record ClinicUpdated : IntegrationEvent
{
    public required string Name { get; init; }
    public required string TimeZone { get; init; }
    public required string Currency { get; init; }
    /// <summary>The grid of free slots in minutes (5–60); null from a publisher that predates it (then 15).</summary>
    public int? SlotStepMinutes { get; init; }
}
