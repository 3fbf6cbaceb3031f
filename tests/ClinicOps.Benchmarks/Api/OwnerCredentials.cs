namespace ClinicOps.Benchmarks.Api;

public sealed record OwnerCredentials(string Email, string Password);
