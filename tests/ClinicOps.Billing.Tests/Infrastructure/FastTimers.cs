namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>The system clock with timers that fire <paramref name="factor"/> times sooner (an hour's tick in milliseconds).</summary>
public sealed class FastTimers(double factor) : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) => span <= TimeSpan.Zero || span == Timeout.InfiniteTimeSpan ? span : span / factor;
}
