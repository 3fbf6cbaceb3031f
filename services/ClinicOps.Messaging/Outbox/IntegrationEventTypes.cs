using System.Collections.Concurrent;
using ClinicOps.Contracts;

namespace ClinicOps.Messaging;

/// <summary>
/// The integration event types, found by the name a row stores: the outbox stores an event's full type name
/// (ClinicOps.Contracts.Scheduling.AppointmentScheduled), analytics' event log its short name (AppointmentScheduled,
/// unique across the contracts). Events live in ClinicOps.Contracts (MassTransit matches by namespace-qualified name, so
/// there is one shared assembly); other loaded assemblies are searched by full name as a fallback.
/// </summary>
public static class IntegrationEventTypes
{
    /// <summary>Every concrete event of ClinicOps.Contracts, ordered by name.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(IsEvent)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    private static readonly ConcurrentDictionary<string, Type> ByName = new(
        All.SelectMany(t => new[] { KeyValuePair.Create(t.FullName!, t), KeyValuePair.Create(t.Name, t) }),
        StringComparer.Ordinal);

    /// <summary>The event type stored as <paramref name="name"/> (full or short name), or null when there is none.</summary>
    public static Type? Find(string name)
    {
        if (ByName.TryGetValue(name, out var known))
        {
            return known;
        }

        var found = AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(name))
            .FirstOrDefault(type => type is not null && IsEvent(type));
        return found is null ? null : ByName.GetOrAdd(name, found);
    }

    /// <inheritdoc cref="Find"/>
    public static Type Resolve(string name) =>
        Find(name) ?? throw new InvalidOperationException($"Unknown integration event type '{name}'.");

    private static bool IsEvent(Type type) => type is { IsClass: true, IsAbstract: false } && type.IsSubclassOf(typeof(IntegrationEvent));
}
