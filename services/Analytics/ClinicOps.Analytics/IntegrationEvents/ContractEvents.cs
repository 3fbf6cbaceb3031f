using ClinicOps.Contracts;

namespace ClinicOps.Analytics.IntegrationEvents;

/// <summary>Every concrete integration event in ClinicOps.Contracts: analytics consumes them all.</summary>
public static class ContractEvents
{
    public static IReadOnlyList<Type> All { get; } = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(IntegrationEvent)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, Type> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The event type logged under <paramref name="name"/> (its short name, unique across the contracts).</summary>
    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
