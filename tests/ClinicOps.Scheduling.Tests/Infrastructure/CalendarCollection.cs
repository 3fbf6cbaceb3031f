namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Tests on a service whose clock is pinned in January 2027 (<see cref="CalendarFactory"/>).</summary>
[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarFactory>
{
    public const string Name = "scheduling-2027";
}
