using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>The caller's own credentials and sessions: a new password, and signing out everywhere.</summary>
public sealed class AccountService(
    IdentityDbContext db,
    ITenantContext tenant,
    PasswordPolicy passwordPolicy,
    PasswordHasher hasher,
    LoginThrottle throttle,
    ClinicLock clinicLock,
    UserAccessRecorder access,
    AuditLog audit)
{
    /// <summary>
    /// Replaces the password after checking the current one, and ends every other session of the user (the one
    /// <paramref name="currentSessionId"/> names goes on). Wrong current passwords count towards the email's lockout like
    /// wrong logins; null, or the time until the next attempt is allowed.
    /// </summary>
    public async Task<TimeSpan?> ChangePasswordAsync(ChangePasswordRequest request, Guid? currentSessionId, CancellationToken ct)
    {
        var user = await FindCallerAsync(ct);
        var clinic = await db.CurrentClinic.SingleAsync(ct);
        var errors = new ValidationErrors()
            .AddIf(string.IsNullOrEmpty(request.CurrentPassword), "currentPassword", "Current password is required.");
        passwordPolicy.Check(request.NewPassword, new PersonalWords(user.Email, user.Name, clinic.Name), errors, "newPassword");
        errors.ThrowIfAny();

        var attempt = await throttle.BeginAsync(user.Email, ct);
        if (attempt.RetryAfter is { } retryAfter)
        {
            audit.Warn(AuditEvents.LoginLockedOut, user.ClinicId, user.Id, user.Email);
            return retryAfter;
        }

        if (!hasher.Verify(request.CurrentPassword!, user.PasswordHash))
        {
            audit.Warn(AuditEvents.PasswordChangeRefused, user.ClinicId, user.Id);
            throw new ValidationException("currentPassword", "The current password is incorrect.");
        }

        await throttle.SucceededAsync(user.Email, attempt, ct);
        var newHash = hasher.Hash(request.NewPassword!);
        await EndSessionsAsync(user, currentSessionId, changed => changed.ChangePasswordHash(newHash), ct);
        audit.Record(AuditEvents.PasswordChanged, user.ClinicId, user.Id);
        return null;
    }

    /// <summary>Ends every session of the caller: all refresh tokens revoked, access tokens refused within seconds.</summary>
    public async Task LogoutEverywhereAsync(CancellationToken ct)
    {
        var user = await FindCallerAsync(ct);
        await EndSessionsAsync(user, keptSessionId: null, _ => { }, ct);
        audit.Record(AuditEvents.LoggedOutEverywhere, user.ClinicId, user.Id);
    }

    private async Task EndSessionsAsync(User user, Guid? keptSessionId, Action<User> change, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            await clinicLock.AcquireAsync(token);
            await db.Entry(user).ReloadAsync(token);
            change(user);
            user.EndSessions();
            await access.RecordAsync(user, removed: false, keptSessionId, token);
            await db.SaveChangesAsync(token);
        }, ct);
        access.Forget(user);
    }

    private async Task<User> FindCallerAsync(CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == tenant.UserId, ct) ?? throw new NotFoundException("User");
}
