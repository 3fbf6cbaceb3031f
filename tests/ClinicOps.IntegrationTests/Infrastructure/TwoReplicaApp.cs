namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>The collection that shares one app running two instances of every service, the gateway and the web app.</summary>
[CollectionDefinition(Name)]
public sealed class TwoReplicaApp : ICollectionFixture<TwoReplicaAppFixture>
{
    public const string Name = "Whole app at two replicas";
}
