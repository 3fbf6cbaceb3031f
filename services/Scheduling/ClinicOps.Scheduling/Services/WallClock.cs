using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// A clinic's wall clock: the local date and time of day an instant shows in the clinic's time zone, and the instant a
/// local date and time of day names. Working hours are wall-clock times, so a DST change moves nothing on the wall: in
/// Berlin 09:00 is 08:00Z in winter and 07:00Z in summer. Two kinds of local time need a rule of their own:
/// <list type="bullet">
/// <item>a time the clock skips (spring forward: 02:30 does not exist in Berlin on 2027-03-28) names the instant the clock
/// jumps, the first it shows after the gap (03:00);</item>
/// <item>a time the clock shows twice (fall back: 02:30 comes twice in Berlin on 2027-10-31) names the first of them, still
/// in summer time.</item>
/// </list>
/// Both keep a later wall-clock time at a later or equal instant, so an interval of working hours never turns round; one
/// that lies wholly in a skipped hour becomes empty.
/// </summary>
public sealed class WallClock(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public static WallClock Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The clock of an IANA time zone (e.g. Europe/Berlin).</summary>
    public static WallClock For(string timeZone) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>Minutes since local midnight, 0–1439 (seconds are dropped).</summary>
    public int MinuteOfDay(DateTimeOffset instant)
    {
        var local = LocalTime(instant);
        return (local.Hour * 60) + local.Minute;
    }

    /// <summary>
    /// The instant at which the clock shows <paramref name="minuteOfDay"/> (0–1440; 1440 is the midnight that ends the day)
    /// on <paramref name="date"/>, in UTC.
    /// </summary>
    public DateTimeOffset InstantOf(DateOnly date, int minuteOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay);
        // Clock changes fall on whole minutes; a skipped stretch lasts an hour or two (a day at most, as in Samoa in 2011).
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // A fall-back change lowers the offset: the larger one is the first time the clock shows.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
