namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>
/// The collection that shares one app exporting its telemetry to a receiver in the test (<see cref="TelemetryAppFixture"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetryApp : ICollectionFixture<TelemetryAppFixture>
{
    public const string Name = "Whole app with telemetry";
}
