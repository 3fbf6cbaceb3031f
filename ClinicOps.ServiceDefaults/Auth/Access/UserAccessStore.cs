using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>Reads and writes the user_access table of any service's DbContext.</summary>
public static class UserAccessStore
{
    public static Task<UserAccess?> FindAsync(DbContext db, Guid userId, CancellationToken ct) =>
        db.Set<UserAccess>().AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId, ct);

    /// <summary>
    /// Stores <paramref name="access"/> unless a newer revision is already stored, so announcements arriving out of
    /// order leave the newest one. One statement, in the caller's transaction.
    /// </summary>
    public static Task<int> ApplyAsync(DbContext db, UserAccess access, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO user_access (user_id, clinic_id, revision, role, session_version, kept_session_id, removed, changed_at)
            VALUES ({access.UserId}, {access.ClinicId}, {access.Revision}, {access.Role}, {access.SessionVersion},
                    {access.KeptSessionId}, {access.Removed}, {access.ChangedAt})
            ON CONFLICT (user_id) DO UPDATE SET
                clinic_id = excluded.clinic_id, revision = excluded.revision, role = excluded.role,
                session_version = excluded.session_version, kept_session_id = excluded.kept_session_id,
                removed = excluded.removed, changed_at = excluded.changed_at
            WHERE user_access.revision < excluded.revision
            """, ct);
}
