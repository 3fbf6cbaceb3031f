namespace ClinicOps.Contracts.Identity;

public sealed record ClinicUpdated : IntegrationEvent
{
    public required string Name { get; init; }
    public required string TimeZone { get; init; }
    public required string Currency { get; init; }
    /// <summary>The grid of free slots in minutes (a multiple of 5 from 5 to 60); optional, so a consumer given none keeps what it holds (15 at first).</summary>
    public int? SlotStepMinutes { get; init; }
}
