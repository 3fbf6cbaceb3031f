namespace ClinicOps.Web.Api;

/// <summary>The answer of GET /api/availability: free slots by start, then doctor.</summary>
public sealed record FreeSlots(IReadOnlyList<FreeSlot> Items);
