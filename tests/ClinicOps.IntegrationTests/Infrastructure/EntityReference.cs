namespace ClinicOps.IntegrationTests.Infrastructure;

public sealed record EntityReference(Guid Id);
