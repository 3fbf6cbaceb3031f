namespace ClinicOps.Identity.Services;

/// <summary>
/// A password check that may go ahead (<see cref="FailureId"/>: the failure it counts as until the password proves
/// right), or the lockout with the time until the next attempt is allowed.
/// </summary>
public sealed record LoginAttempt(long FailureId, TimeSpan? RetryAfter)
{
    public static LoginAttempt Refused(TimeSpan retryAfter) => new(0, retryAfter);
}
