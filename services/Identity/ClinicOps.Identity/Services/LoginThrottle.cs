using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Lockout per email (known or not): after <see cref="IdentitySettings.MaxFailedLogins"/> failures within
/// <see cref="IdentitySettings.LockoutWindow"/>, attempts are refused until enough of them have aged out.
/// The failures live in PostgreSQL, so every replica sees the same count.
/// </summary>
public sealed class LoginThrottle(IdentityDbContext db, IOptions<IdentitySettings> options, TimeProvider time)
{
    private readonly IdentitySettings _settings = options.Value;

    /// <summary>How long until the next attempt is allowed, or null when it is allowed now.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string email, CancellationToken ct)
    {
        var now = time.GetUtcNow();
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

    public async Task RecordFailureAsync(string email, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var windowStart = now - _settings.LockoutWindow;
        // Failures that no longer count are dropped (for every email), so the table holds one window's worth.
        await db.LoginFailures.Where(f => f.OccurredAt <= windowStart).ExecuteDeleteAsync(ct);
        db.LoginFailures.Add(new LoginFailure(email, now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A successful login forgets the earlier failures.</summary>
    public Task ResetAsync(string email, CancellationToken ct) =>
        db.LoginFailures.Where(f => f.Email == email).ExecuteDeleteAsync(ct);
}
