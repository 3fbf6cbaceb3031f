using System.Collections.Concurrent;
using ClinicOps.Contracts;

namespace ClinicOps.Messaging;

/// <summary>
/// Finds an event type by the full name stored in the outbox. Events live in ClinicOps.Contracts (MassTransit matches
/// by namespace-qualified name, so there is one shared assembly); other loaded assemblies are searched as a fallback.
/// </summary>
internal static class IntegrationEventTypes
{
    private static readonly ConcurrentDictionary<string, Type> Cache = new();

    public static Type Resolve(string fullName) => Cache.GetOrAdd(fullName, static name =>
        new[] { typeof(IntegrationEvent).Assembly }
            .Concat(AppDomain.CurrentDomain.GetAssemblies())
            .Select(assembly => assembly.GetType(name))
            .FirstOrDefault(type => type is not null && type.IsAssignableTo(typeof(IntegrationEvent)) && !type.IsAbstract)
        ?? throw new InvalidOperationException($"Unknown integration event type '{name}'."));
}
