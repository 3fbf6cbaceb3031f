namespace ClinicOps.Contracts.Identity;

/// <summary>Everything other services keep of a clinic; carried whole, and ordered by <see cref="IntegrationEvent.OccurredAt"/>.</summary>
public abstract record ClinicSnapshot : IntegrationEvent
{
    public required string Name { get; init; }
    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    public required string TimeZone { get; init; }
    /// <summary>ISO 4217, upper case.</summary>
    public required string Currency { get; init; }
    /// <summary>The grid of free slots in minutes (a multiple of 5 from 5 to 60); optional, so a consumer given none keeps what it holds (15 at first).</summary>
    public int? SlotStepMinutes { get; init; }
}
