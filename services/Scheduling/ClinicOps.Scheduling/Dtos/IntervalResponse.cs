namespace ClinicOps.Scheduling.Dtos;

/// <summary>"HH:mm" to "HH:mm" on the clinic's wall clock.</summary>
public sealed record IntervalResponse(string Start, string End);
