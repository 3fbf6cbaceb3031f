using System.Text.Json;
using ClinicOps.Contracts.Audit;
using ClinicOps.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicOps.Messaging.Audit;

/// <summary>
/// When a signed-in user's request saves changes, adds to the same SaveChanges (so to its transaction) one audit entry
/// per added, modified or deleted <see cref="IAudited"/> entity, and an <see cref="AuditRecorded"/> event for the merged
/// trail. Changes made by event consumers and background work have no signed-in user and are not audited.
/// </summary>
internal sealed class AuditTrailInterceptor(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>A soft-deleted entity sets this property; the change then reads as a delete.</summary>
    private const string SoftDeleteProperty = "DeletedAt";

    private static readonly string AuditRecordedType = typeof(AuditRecorded).FullName!;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context?.Model.FindEntityType(typeof(AuditEntry)) is null || AuditActor.Of(http.HttpContext) is not { } actor)
        {
            return;
        }

        ForgetUnsaved(context);
        context.ChangeTracker.DetectChanges();
        var at = time.GetUtcNow();
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Action: ActionOf(e)))
            .Select(c => (c.Entry, c.Action, Fields: c.Action == AuditActions.Deleted ? [] : FieldsOf(c.Entry)))
            .Where(c => c.Action != AuditActions.Updated || c.Fields.Length > 0)
            .ToList();
        foreach (var (entry, action, fields) in changes)
        {
            var audit = new AuditEntry
            {
                Id = Guid.CreateVersion7(at),
                ClinicId = actor.ClinicId,
                At = at,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Role = actor.Role,
                Action = action,
                EntityType = JsonNamingPolicy.CamelCase.ConvertName(entry.Metadata.ClrType.Name),
                EntityId = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Fields = fields,
                RequestId = actor.RequestId,
            };
            context.Add(audit);
            context.AddIntegrationEvent(new AuditRecorded
            {
                EventId = audit.Id,
                ClinicId = audit.ClinicId,
                OccurredAt = audit.At,
                UserId = audit.UserId,
                UserName = audit.UserName,
                Role = audit.Role,
                Action = audit.Action,
                EntityType = audit.EntityType,
                EntityId = audit.EntityId,
                Fields = audit.Fields,
                RequestId = audit.RequestId,
            });
        }
    }

    /// <summary>
    /// Entries and events added by an earlier SaveChanges of this context that did not go through (a retried
    /// transaction saves again): they are made afresh from what is being saved now, never twice.
    /// </summary>
    private static void ForgetUnsaved(DbContext context)
    {
        foreach (var unsaved in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            unsaved.State = EntityState.Detached;
        }

        foreach (var unsaved in context.ChangeTracker.Entries<OutboxMessage>()
                     .Where(e => e.State == EntityState.Added && e.Entity.Type == AuditRecordedType).ToList())
        {
            unsaved.State = EntityState.Detached;
        }
    }

    private static string ActionOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => AuditActions.Created,
        EntityState.Deleted => AuditActions.Deleted,
        _ when entry.Metadata.FindProperty(SoftDeleteProperty) is not null
               && entry.Property(SoftDeleteProperty) is { IsModified: true, OriginalValue: null, CurrentValue: not null } => AuditActions.Deleted,
        _ => AuditActions.Updated,
    };

    /// <summary>
    /// The names (camelCase, as the API spells them) of the fields set by an insert or changed by an update (a delete
    /// names none). Keys, the clinic and row versions are bookkeeping, not fields anyone changed.
    /// </summary>
    private static string[] FieldsOf(EntityEntry entry) =>
        entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsShadowProperty() && !p.Metadata.IsConcurrencyToken
                        && p.Metadata.Name != nameof(AuditEntry.ClinicId))
            .Where(p => entry.State == EntityState.Added ? p.CurrentValue is not null : p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name))
            .ToArray();
}
