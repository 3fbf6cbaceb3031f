namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>
/// One service instance for every test class: a second one would bind the same queue names on the shared broker and
/// take the other's events. Tests keep apart by using a fresh clinic each.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RemindersCollection : ICollectionFixture<RemindersFactory>
{
    public const string Name = "Reminders";
}
