namespace ClinicOps.Analytics.Tests.Support;

[CollectionDefinition(Name)]
public sealed class AnalyticsCollection : ICollectionFixture<AnalyticsFactory>
{
    public const string Name = "analytics";
}
