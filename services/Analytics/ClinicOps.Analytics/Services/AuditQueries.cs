using ClinicOps.Analytics.Dtos;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

public sealed class AuditQueries(AnalyticsDbContext db)
{
    /// <summary>A page of the caller's clinic's audit trail, newest first (index (clinic_id, at, id)).</summary>
    public Task<PagedResult<AuditEntryResponse>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken ct)
    {
        filter.Validate();
        page.Validate();
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (filter.EntityType is { } entityType)
        {
            entries = entries.Where(e => e.EntityType == entityType);
        }

        if (filter.EntityId is { } entityId)
        {
            entries = entries.Where(e => e.EntityId == entityId);
        }

        if (filter.UserId is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (filter.From?.ToUniversalTime() is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToPagedResultAsync(page, e => AuditEntryResponse.From(e), ct);
    }
}
