namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>The whole app with <c>ClinicOps:Replicas=2</c>.</summary>
public sealed class TwoReplicaAppFixture : IAsyncLifetime
{
    public WholeAppFixture App { get; } = new(replicas: 2);

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}
