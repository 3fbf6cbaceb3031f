using ClinicOps.Identity.Dtos;

namespace ClinicOps.Identity.Services;

/// <summary>Either a session, or the lockout with the time until the next attempt is allowed.</summary>
public sealed record LoginOutcome(AuthResponse? Session, TimeSpan? RetryAfter)
{
    public static LoginOutcome SignedIn(AuthResponse session) => new(session, null);

    public static LoginOutcome LockedOut(TimeSpan retryAfter) => new(null, retryAfter);
}
