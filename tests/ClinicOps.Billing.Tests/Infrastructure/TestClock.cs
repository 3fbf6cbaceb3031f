namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>The system clock, shifted by <see cref="Offset"/> (timers stay real, so the bus and relay keep working).</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
