using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Contracts.Audit;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Audit;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Keeps every service's audit entries in one trail, the one owners read. The entry keeps its id (the event id), so
/// a redelivered event adds nothing; the table only takes inserts (see <see cref="AuditTable"/>).
/// </summary>
public sealed class AuditTrailRecorder(AnalyticsDbContext db) : IEventHandler<AuditRecorded>
{
    public Task HandleAsync(AuditRecorded evt, CancellationToken ct) =>
        db.InsertIfAbsentAsync(new AuditEntry
        {
            Id = evt.EventId,
            At = evt.OccurredAt,
            UserId = evt.UserId,
            UserName = evt.UserName,
            Role = evt.Role,
            Action = evt.Action,
            EntityType = evt.EntityType,
            EntityId = evt.EntityId,
            Fields = [.. evt.Fields],
            RequestId = evt.RequestId,
        }, ct);
}
