using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>Login (with lockout), refresh-token rotation with reuse detection, and logout.</summary>
public sealed class AuthService(
    IdentityDbContext db,
    ITenantContext tenant,
    UserDirectory directory,
    PasswordHasher hasher,
    LoginThrottle throttle,
    SessionIssuer sessions,
    AuditLog audit,
    IdentityMetrics metrics,
    TimeProvider time)
{
    public async Task<LoginOutcome> LoginAsync(LoginRequest request, CancellationToken ct)
    {
        var email = EmailAddresses.Normalize(request.Email);
        new ValidationErrors()
            .AddIf(email.Length == 0, "email", "Email is required.")
            .AddIf(email.Length > User.MaxEmailLength, "email", $"Email must be at most {User.MaxEmailLength} characters long.")
            .AddIfNotSingleLine("email", request.Email)
            .AddIf(string.IsNullOrEmpty(request.Password), "password", "Password is required.")
            .ThrowIfAny();
        var password = request.Password!;

        var attempt = await throttle.BeginAsync(email, ct);
        if (attempt.RetryAfter is { } retryAfter)
        {
            audit.Warn(AuditEvents.LoginLockedOut, null, null, email);
            metrics.LockedOut();
            return LoginOutcome.LockedOut(retryAfter);
        }

        var user = await directory.FindByEmailAsync(email, ct);
        var valid = user is null ? hasher.VerifyUnknownUser(password) : hasher.Verify(password, user.PasswordHash);
        if (user is null || !valid)
        {
            audit.Warn(AuditEvents.LoginFailed, user?.ClinicId, user?.Id, email);
            metrics.SignInFailed();
            throw new InvalidCredentialsException();
        }

        await throttle.SucceededAsync(email, attempt, ct);
        tenant.Use(user.ClinicId);
        if (hasher.NeedsRehash(user.PasswordHash))
        {
            user.ChangePasswordHash(hasher.Hash(password));
        }

        // Expired links of the user's old chains are of no use any more, not even for reuse detection.
        var now = time.Now();
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.ExpiresAt <= now).ExecuteDeleteAsync(ct);

        var clinic = await db.CurrentClinic.SingleAsync(ct);
        var session = sessions.Start(user, clinic);
        await db.SaveChangesAsync(ct);

        audit.Record(AuditEvents.LoginSucceeded, user.ClinicId, user.Id);
        metrics.SignedIn();
        return LoginOutcome.SignedIn(session.Response);
    }

    public async Task<AuthResponse> RefreshAsync(RefreshRequest request, CancellationToken ct)
    {
        var presented = await FindPresentedTokenAsync(request, ct) ?? throw new InvalidRefreshTokenException();
        tenant.Use(presented.ClinicId);

        if (presented.WasRotated)
        {
            await RevokeFamilyAfterReuseAsync(presented, ct);
            throw new InvalidRefreshTokenException();
        }

        var now = time.Now();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == presented.UserId, ct);
        if (presented.IsRevoked || presented.IsExpired(now) || user is null)
        {
            throw new InvalidRefreshTokenException();
        }

        var clinic = await db.CurrentClinic.SingleAsync(ct);
        var next = sessions.Continue(user, clinic, presented.FamilyId);
        presented.RotateTo(next.StoredRefreshToken, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request rotated the same token first (xmin changed): this one is a replay.
            db.ChangeTracker.Clear();
            await RevokeFamilyAfterReuseAsync(presented, ct);
            throw new InvalidRefreshTokenException();
        }

        audit.Record(AuditEvents.TokenRefreshed, user.ClinicId, user.Id);
        return next.Response;
    }

    /// <summary>Revokes the session the refresh token belongs to. Always succeeds: an unknown token is already unusable.</summary>
    public async Task LogoutAsync(RefreshRequest request, CancellationToken ct)
    {
        new ValidationErrors().AddIf(string.IsNullOrWhiteSpace(request.RefreshToken), "refreshToken", "Refresh token is required.").ThrowIfAny();
        var hash = RefreshTokenValues.Hash(request.RefreshToken!);
        // Tenant-filtered, and only the caller's own sessions.
        var token = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.UserId == tenant.UserId, ct);
        if (token is not null)
        {
            await RevokeFamilyAsync(token.FamilyId, ct);
            audit.Record(AuditEvents.LoggedOut, token.ClinicId, token.UserId);
        }
    }

    private async Task<RefreshToken?> FindPresentedTokenAsync(RefreshRequest request, CancellationToken ct)
    {
        new ValidationErrors().AddIf(string.IsNullOrWhiteSpace(request.RefreshToken), "refreshToken", "Refresh token is required.").ThrowIfAny();
        var hash = RefreshTokenValues.Hash(request.RefreshToken!);
        // A refresh carries no access token, so no clinic is known yet: the token itself says whose it is.
        return await db.RefreshTokens.IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter])
            .FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
    }

    /// <summary>A rotated-away token came back: someone holds a stolen copy, so the whole chain is revoked.</summary>
    private async Task RevokeFamilyAfterReuseAsync(RefreshToken presented, CancellationToken ct)
    {
        var revoked = await RevokeFamilyAsync(presented.FamilyId, ct);
        audit.Warn(AuditEvents.RefreshTokenReused, presented.ClinicId, presented.UserId, $"family {presented.FamilyId}, {revoked} revoked");
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, CancellationToken ct)
    {
        var now = time.Now();
        return db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }
}
