namespace ClinicOps.Benchmarks.Load;

/// <summary>What one operation did: the endpoint it called and the HTTP status it got (0 for a transport failure).</summary>
public readonly record struct Sample(string Endpoint, int Status);
