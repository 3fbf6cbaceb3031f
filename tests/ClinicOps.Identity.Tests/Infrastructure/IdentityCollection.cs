namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>One running identity service for all test classes; every test signs up clinics of its own.</summary>
[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFactory>
{
    public const string Name = "identity";
}
