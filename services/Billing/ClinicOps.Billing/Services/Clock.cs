namespace ClinicOps.Billing.Services;

internal static class Clock
{
    /// <summary>
    /// Now, cut to whole microseconds — what timestamptz stores — so a time in a response reads the same as when
    /// it is read back from the database later (and an idempotent replay matches the first answer exactly).
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
