namespace ClinicOps.Scheduling.Dtos;

/// <summary>A stretch of a day on the clinic's wall clock, "HH:mm" to "HH:mm" (the end may be "24:00").</summary>
public sealed record IntervalRequest(string? Start, string? End);
