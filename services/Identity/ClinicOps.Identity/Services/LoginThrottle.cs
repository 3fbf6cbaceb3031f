using System.Security.Cryptography;
using System.Text;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Lockout per email (known or not): after <see cref="IdentitySettings.MaxFailedLogins"/> failures within
/// <see cref="IdentitySettings.LockoutWindow"/>, attempts are refused until enough of them have aged out.
/// Every attempt counts as a failure from before its password is checked (bcrypt takes a quarter of a second) until it
/// proves right, and attempts for one email are admitted one at a time: parallel guesses cannot all pass the check
/// before any failure is recorded. The failures live in PostgreSQL, so every replica sees the same count.
/// </summary>
public sealed class LoginThrottle(IdentityDbContext db, IOptions<IdentitySettings> options, TimeProvider time)
{
    private readonly IdentitySettings _settings = options.Value;

    /// <summary>Admits an attempt (recording it as a failure) or refuses it while the email is locked.</summary>
    public Task<LoginAttempt> BeginAsync(string email, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            await AdvisoryLock.AcquireForTransactionAsync(db, LockName(email), token);
            var now = time.Now();
            if (await RetryAfterAsync(email, now, token) is { } retryAfter)
            {
                return LoginAttempt.Refused(retryAfter);
            }

            // Failures that no longer count are dropped (for every email), so the table holds one window's worth.
            await db.LoginFailures.Where(f => f.OccurredAt <= now - _settings.LockoutWindow).ExecuteDeleteAsync(token);
            var failure = new LoginFailure(email, now);
            db.LoginFailures.Add(failure);
            await db.SaveChangesAsync(token);
            return new LoginAttempt(failure.Id, null);
        }, ct);

    /// <summary>The password was right: this attempt and the failures before it no longer count.</summary>
    public Task SucceededAsync(string email, LoginAttempt attempt, CancellationToken ct) =>
        db.LoginFailures.Where(f => f.Email == email && f.Id <= attempt.FailureId).ExecuteDeleteAsync(ct);

    /// <summary>How long until the next attempt is allowed, or null when it is allowed now.</summary>
    private async Task<TimeSpan?> RetryAfterAsync(string email, DateTimeOffset now, CancellationToken ct)
    {
        var windowStart = now - _settings.LockoutWindow;
        var newest = await db.LoginFailures
            .Where(f => f.Email == email && f.OccurredAt > windowStart)
            .OrderByDescending(f => f.OccurredAt)
            .Select(f => f.OccurredAt)
            .Take(_settings.MaxFailedLogins)
            .ToListAsync(ct);
        if (newest.Count < _settings.MaxFailedLogins)
        {
            return null;
        }

        // Allowed again once fewer than the maximum remain in the window: when the oldest of the newest ones leaves it.
        return newest[^1] + _settings.LockoutWindow - now;
    }

    /// <summary>The advisory lock of one email's attempts.</summary>
    private static Guid LockName(string email) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("login:" + email)).AsSpan(0, 16));
}
