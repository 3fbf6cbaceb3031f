namespace ClinicOps.Scheduling.Dtos;

/// <summary>One day of the week (monday…sunday) and its intervals; no intervals means no hours that day.</summary>
public sealed record WorkingDayRequest(string? Day, IReadOnlyList<IntervalRequest?>? Intervals);
