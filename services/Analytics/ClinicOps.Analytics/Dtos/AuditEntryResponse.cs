using ClinicOps.ServiceDefaults.Audit;

namespace ClinicOps.Analytics.Dtos;

/// <summary>One change made through the API: who, when, what, the names of the fields changed (never their values) and the request id.</summary>
public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, Guid UserId, string? UserName, string Role, string Action,
    string EntityType, string EntityId, IReadOnlyList<string> Fields, string RequestId)
{
    public static AuditEntryResponse From(AuditEntry entry) => new(entry.Id, entry.At, entry.UserId, entry.UserName, entry.Role,
        entry.Action, entry.EntityType, entry.EntityId, entry.Fields, entry.RequestId);
}
