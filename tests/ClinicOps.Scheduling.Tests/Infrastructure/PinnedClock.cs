namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>
/// "Now" set to a chosen instant when the service starts, then running on with the real clock (so timers and
/// deadlines behave): tests of dates months ahead, such as 2027's clock changes, do not depend on the day they run.
/// </summary>
public sealed class PinnedClock(DateTimeOffset pinnedAt) : TimeProvider
{
    private readonly DateTimeOffset _startedAt = System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => pinnedAt + (System.GetUtcNow() - _startedAt);
}
