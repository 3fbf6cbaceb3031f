namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>All HTTP tests share one running service and database; each test uses its own clinic.</summary>
[CollectionDefinition(Name)]
public sealed class SchedulingCollection : ICollectionFixture<SchedulingFactory>
{
    public const string Name = "scheduling";
}
