namespace ClinicOps.ServiceDefaults.Data;

/// <summary>
/// Instants as PostgreSQL's timestamptz keeps them: UTC, in whole microseconds. Every service reads the clock through
/// <see cref="Now"/>, so a time it answers right after a write is the time it reads back later: an idempotent replay of
/// a payment is byte for byte the first answer, and an event carries the instant its row holds.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset Now(this TimeProvider time) => Of(time.GetUtcNow());

    /// <summary><paramref name="instant"/> in UTC, cut to whole microseconds.</summary>
    public static DateTimeOffset Of(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
