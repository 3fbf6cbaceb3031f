using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Changes to one clinic's users, settings and sessions go one at a time: each locks the clinic's row for its
/// transaction. So two owners demoting or deleting each other at once cannot leave the clinic without an owner, and a
/// user's access changes are recorded in the order they happened.
/// </summary>
public sealed class ClinicLock(IdentityDbContext db, ITenantContext tenant)
{
    public async Task AcquireAsync(CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT id FROM clinics WHERE id = {tenant.ClinicId} FOR UPDATE", ct);

    /// <summary>
    /// Takes the lock, then checks the caller's role as it is now, in the transaction that acts: the role in the token
    /// may be minutes old, and a demoted or removed owner must not be able to act as one in the meantime.
    /// </summary>
    public async Task AcquireAsOwnerAsync(CancellationToken ct)
    {
        await AcquireAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == tenant.UserId && u.Role == Roles.Owner, ct))
        {
            throw new ForbiddenException("Only the clinic's owners may do this, and your account is no longer an owner.");
        }
    }
}
