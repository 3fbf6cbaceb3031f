namespace ClinicOps.Scheduling.Dtos;

/// <summary>The free slots, sorted by start then doctor.</summary>
public sealed record AvailabilityResponse(IReadOnlyList<FreeSlotResponse> Items);
