using System.Linq.Expressions;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The steps every edit of a doctor, patient or appointment type takes the same way: find it in the caller's clinic
/// (404 naming it), check the client's <c>If-Match</c> (412), and refuse removal while an appointment refers to it (409).
/// </summary>
internal static class VersionedRecords
{
    /// <summary>The record as stored, for an answer; 404 naming <paramref name="resource"/> when the clinic has none with this id.</summary>
    public static async Task<T> GetAsync<T>(this DbSet<T> records, Guid id, string resource, CancellationToken ct) where T : class, IVersioned =>
        await records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(resource);

    /// <summary>The record, tracked for a change; 404 as <see cref="GetAsync{T}"/>.</summary>
    public static async Task<T> GetTrackedAsync<T>(this DbSet<T> records, Guid id, string resource, CancellationToken ct) where T : class, IVersioned =>
        await records.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(resource);

    /// <summary>
    /// The record, tracked for a change the client based on the version in <paramref name="ifMatch"/>: 412 when it has
    /// changed since (an absent If-Match always passes); 404 as <see cref="GetAsync{T}"/>.
    /// </summary>
    public static async Task<T> GetForChangeAsync<T>(this DbSet<T> records, Guid id, string? ifMatch, string resource, CancellationToken ct)
        where T : class, IVersioned
    {
        var record = await records.GetTrackedAsync(id, resource, ct);
        EnsureMatches(ifMatch, record.RowVersion, resource);
        return record;
    }

    /// <summary>412 when If-Match names another version than the row's; absent If-Match always passes.</summary>
    public static void EnsureMatches(string? ifMatch, uint rowVersion, string resource)
    {
        if (!ETags.Matches(ifMatch, rowVersion))
        {
            throw new PreconditionFailedException($"The {resource.ToLowerInvariant()} was changed by someone else; reload it and try again.");
        }
    }

    /// <summary>
    /// 409 with <paramref name="message"/> while any appointment <paramref name="refersTo"/> the record, soft-deleted
    /// ones included: they keep their history, and the foreign key restricts too.
    /// </summary>
    public static async Task EnsureNoAppointmentsAsync(this SchedulingDbContext db, Expression<Func<Appointment, bool>> refersTo, string message,
        CancellationToken ct)
    {
        if (await db.Appointments.IgnoreQueryFilters([SchedulingDbContext.SoftDeleteFilter]).AnyAsync(refersTo, ct))
        {
            throw new ConflictException(message);
        }
    }
}
