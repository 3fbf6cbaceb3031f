using System.Globalization;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Wall-clock times of a time zone as instants, worked out with TimeZoneInfo directly (not with the service's code).</summary>
public static class Local
{
    /// <summary>The instant <paramref name="time"/> (HH:mm) shows on <paramref name="date"/> in <paramref name="timeZone"/> (not on a clock-change hour).</summary>
    public static DateTimeOffset At(string timeZone, DateOnly date, string time)
    {
        var local = date.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(timeZone)), TimeSpan.Zero);
    }

    /// <summary>The date in <paramref name="timeZone"/> <paramref name="days"/> days after today (real time).</summary>
    public static DateOnly Today(string timeZone, int days = 0) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime).AddDays(days);

    public static string Day(this DateOnly date) => date.DayOfWeek.ToString().ToLowerInvariant();

    /// <summary>HH:mm of <paramref name="instant"/> in <paramref name="timeZone"/>.</summary>
    public static string Clock(string timeZone, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).ToString("HH:mm", CultureInfo.InvariantCulture);
}
