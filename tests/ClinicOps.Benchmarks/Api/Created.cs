namespace ClinicOps.Benchmarks.Api;

/// <summary>The part of a created resource (doctor, patient, appointment, payment) the benchmark needs.</summary>
public sealed record Created(Guid Id);
