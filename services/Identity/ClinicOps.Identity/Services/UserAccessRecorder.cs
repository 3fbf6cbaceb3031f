using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>
/// After a change to a user's access (removal, new role, new password, sign-out everywhere): revokes their refresh
/// tokens at once (all but the kept sign-in), stores the new access in identity's own user_access table (read by its
/// token check) and announces it with UserAccessChanged through the outbox, so every service refuses the old access
/// tokens within seconds. Call inside the change's transaction, holding the <see cref="ClinicLock"/>, before saving.
/// </summary>
public sealed class UserAccessRecorder(IdentityDbContext db, IUserAccessCheck check, TimeProvider time)
{
    public async Task RecordAsync(User user, bool removed, Guid? keptSessionId, CancellationToken ct)
    {
        var now = time.Now();
        if (!removed) // a removed user's refresh tokens are deleted with the user
        {
            await db.RefreshTokens
                .Where(t => t.UserId == user.Id && t.RevokedAt == null && (keptSessionId == null || t.FamilyId != keptSessionId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        }

        var previous = await UserAccessStore.FindAsync(db, user.Id, ct);
        var access = new UserAccess(user.Id, user.ClinicId, (previous?.Revision ?? 0) + 1, user.Role, user.SessionVersion,
            keptSessionId, removed, now);
        await UserAccessStore.ApplyAsync(db, access, ct);
        db.AddIntegrationEvent(new UserAccessChanged
        {
            ClinicId = access.ClinicId,
            OccurredAt = now,
            UserId = access.UserId,
            Revision = access.Revision,
            Role = access.Role,
            SessionVersion = access.SessionVersion,
            KeptSessionId = access.KeptSessionId,
            Removed = access.Removed,
        });
    }

    /// <summary>After the commit: this replica reads the new access on the user's next request instead of a remembered one.</summary>
    public void Forget(User user) => check.Forget(user.Id);
}
