namespace ClinicOps.Benchmarks.Api;

/// <summary>A free slot: the index of a clinic's doctor and a start time.</summary>
public readonly record struct Slot(int Doctor, DateTimeOffset StartsAt);
