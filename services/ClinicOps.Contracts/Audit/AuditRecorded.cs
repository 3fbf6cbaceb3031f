namespace ClinicOps.Contracts.Audit;

/// <summary>
/// A change made through the API, written to the service's own audit trail in the transaction of the change; analytics
/// keeps every service's entries in one trail. <see cref="IntegrationEvent.EventId"/> is the entry's id and
/// <see cref="IntegrationEvent.OccurredAt"/> its time. Names the fields changed, never their values.
/// </summary>
public sealed record AuditRecorded : IntegrationEvent
{
    public required Guid UserId { get; init; }
    /// <summary>The user's name as their token carried it (null for tokens without one).</summary>
    public string? UserName { get; init; }
    public required string Role { get; init; }
    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }
    /// <summary>The entity's kind in camelCase, e.g. patient, appointment, payment.</summary>
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public required IReadOnlyList<string> Fields { get; init; }
    /// <summary>The request's trace id: the X-Request-Id the gateway answered with.</summary>
    public required string RequestId { get; init; }
}
