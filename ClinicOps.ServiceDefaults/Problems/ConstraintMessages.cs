using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>Friendly texts for database constraint names, so a 409 says what clashed.</summary>
public sealed class ConstraintMessages
{
    public Dictionary<string, string> Messages { get; } = new(StringComparer.OrdinalIgnoreCase);
}

public static class ConstraintMessagesExtensions
{
    public static IServiceCollection AddConstraintMessage(this IServiceCollection services, string constraintName, string message) =>
        services.Configure<ConstraintMessages>(options => options.Messages[constraintName] = message);
}
