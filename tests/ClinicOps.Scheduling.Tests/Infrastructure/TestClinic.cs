namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>A clinic of a test and an HttpClient authenticated as its owner.</summary>
public sealed record TestClinic(Guid Id, HttpClient Client);
