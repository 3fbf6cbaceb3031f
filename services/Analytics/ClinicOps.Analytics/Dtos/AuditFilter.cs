using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Analytics.Dtos;

/// <summary>GET /api/audit <c>?entityType=&amp;entityId=&amp;userId=&amp;from=&amp;to=</c>: from inclusive, to exclusive.</summary>
public sealed record AuditFilter(string? EntityType, string? EntityId, Guid? UserId, DateTimeOffset? From, DateTimeOffset? To)
{
    public AuditFilter Validate()
    {
        new ValidationErrors()
            .AddIf(From is { } from && To is { } to && from > to, "to", "to must not be before from.")
            .ThrowIfAny();
        return this;
    }
}
