namespace ClinicOps.Scheduling.Tests.Infrastructure;

public static class Times
{
    /// <summary>A start in the future on a whole minute, <paramref name="days"/> days and <paramref name="hours"/> hours ahead.</summary>
    public static DateTimeOffset Future(int days = 1, double hours = 0)
    {
        var now = DateTimeOffset.UtcNow;
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        return minute.AddDays(days).AddHours(hours);
    }
}
