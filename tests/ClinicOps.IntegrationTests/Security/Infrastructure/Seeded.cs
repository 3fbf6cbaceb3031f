using ClinicOps.IntegrationTests.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>A seeded clinic, its reads once every service had settled, and its owner's sign-up (tokens, password).</summary>
public sealed record Seeded(SeededClinic Clinic, ClinicSnapshot Settled, SignedUpClinic Owner);
