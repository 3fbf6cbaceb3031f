using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>The look-ups that must see users of every clinic, because an email identifies one user globally.</summary>
public sealed class UserDirectory(IdentityDbContext db)
{
    public const string EmailTaken = "An account with this email already exists.";

    /// <summary>
    /// Login is by email alone, before any clinic is known: the one deliberate cross-tenant read of users.
    /// </summary>
    public Task<User?> FindByEmailAsync(string email, CancellationToken ct) =>
        db.Users.IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter]).FirstOrDefaultAsync(u => u.Email == email, ct);

    /// <summary>409 when any clinic already has a user with this email (the unique index catches a race too).</summary>
    public async Task EnsureEmailIsFreeAsync(string email, CancellationToken ct)
    {
        var taken = await db.Users.IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter]).AnyAsync(u => u.Email == email, ct);
        if (taken)
        {
            throw new ConflictException(EmailTaken);
        }
    }
}
