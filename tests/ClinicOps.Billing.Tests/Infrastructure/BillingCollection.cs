namespace ClinicOps.Billing.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BillingCollection : ICollectionFixture<BillingApp>
{
    public const string Name = "billing";
}
