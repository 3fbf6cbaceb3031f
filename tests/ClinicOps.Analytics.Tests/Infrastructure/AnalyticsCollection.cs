namespace ClinicOps.Analytics.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class AnalyticsCollection : ICollectionFixture<AnalyticsFactory>
{
    public const string Name = "analytics";
}
