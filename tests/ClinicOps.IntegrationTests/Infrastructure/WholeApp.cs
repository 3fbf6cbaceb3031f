namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>
/// The collection that shares one running app (<see cref="WholeAppFixture"/>). Put <c>[Collection(WholeApp.Name)]</c>
/// on a test class and take <see cref="WholeAppFixture"/> in its constructor. Tests in the collection run one after
/// another; isolate them by signing up a fresh clinic per test (the tenant model keeps clinics apart).
/// </summary>
[CollectionDefinition(Name)]
public sealed class WholeApp : ICollectionFixture<WholeAppFixture>
{
    public const string Name = "Whole app";
}
