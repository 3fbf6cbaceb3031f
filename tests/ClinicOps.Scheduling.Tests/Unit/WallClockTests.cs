using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Tests.Unit;

/// <summary>Local dates and times of day to instants and back, on both sides of 2027's clock changes.</summary>
public sealed class WallClockTests
{
    private static readonly WallClock Berlin = WallClock.For("Europe/Berlin");
    private static readonly WallClock NewYork = WallClock.For("America/New_York");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-03-27", "2027-03-27T08:00:00Z")] // Saturday, winter time (UTC+1)
    [InlineData("2027-03-28", "2027-03-28T07:00:00Z")] // Sunday, the clocks went forward at 02:00 (UTC+2)
    [InlineData("2027-10-30", "2027-10-30T07:00:00Z")] // Saturday, summer time
    [InlineData("2027-10-31", "2027-10-31T08:00:00Z")] // Sunday, the clocks went back at 03:00
    public void Nine_oclock_in_Berlin_stays_nine_oclock_on_the_wall_across_both_changes(string date, string instant)
    {
        var nine = Berlin.InstantOf(DateOnly.Parse(date), 9 * 60);

        Assert.Equal(Utc(instant), nine);
        Assert.Equal(9 * 60, Berlin.MinuteOfDay(nine));
        Assert.Equal(DateOnly.Parse(date), Berlin.DateOf(nine));
    }

    [Theory]
    [InlineData("2027-03-13", "2027-03-13T14:00:00Z")] // Saturday, EST (UTC−5)
    [InlineData("2027-03-14", "2027-03-14T13:00:00Z")] // Sunday, EDT (UTC−4) from 02:00
    [InlineData("2027-11-06", "2027-11-06T13:00:00Z")] // Saturday, EDT
    [InlineData("2027-11-07", "2027-11-07T14:00:00Z")] // Sunday, EST again from 02:00
    public void Nine_oclock_in_New_York_stays_nine_oclock_on_the_wall_across_both_changes(string date, string instant)
    {
        Assert.Equal(Utc(instant), NewYork.InstantOf(DateOnly.Parse(date), 9 * 60));
    }

    [Fact]
    public void A_time_the_clock_skips_names_the_instant_it_jumps()
    {
        // Berlin, 2027-03-28: 02:00 CET becomes 03:00 CEST, so 02:00–02:59 never show.
        var day = new DateOnly(2027, 3, 28);

        Assert.Equal(Utc("2027-03-28T01:00:00Z"), Berlin.InstantOf(day, 2 * 60));
        Assert.Equal(Utc("2027-03-28T01:00:00Z"), Berlin.InstantOf(day, (2 * 60) + 30));
        Assert.Equal(Utc("2027-03-28T01:00:00Z"), Berlin.InstantOf(day, 3 * 60));
        Assert.Equal(Utc("2027-03-28T00:55:00Z"), Berlin.InstantOf(day, (1 * 60) + 55));
        Assert.Equal(Utc("2027-03-14T07:00:00Z"), NewYork.InstantOf(new DateOnly(2027, 3, 14), (2 * 60) + 30));
    }

    [Fact]
    public void A_time_the_clock_shows_twice_names_the_first_time()
    {
        // Berlin, 2027-10-31: 03:00 CEST becomes 02:00 CET, so 02:00–02:59 show twice; the first is still summer time.
        Assert.Equal(Utc("2027-10-31T00:30:00Z"), Berlin.InstantOf(new DateOnly(2027, 10, 31), (2 * 60) + 30));
        Assert.Equal(Utc("2027-11-07T05:30:00Z"), NewYork.InstantOf(new DateOnly(2027, 11, 7), (1 * 60) + 30));
    }

    [Fact]
    public void Later_wall_clock_times_never_name_earlier_instants_on_a_change_day()
    {
        foreach (var (clock, date) in new[]
                 {
                     (Berlin, new DateOnly(2027, 3, 28)), (Berlin, new DateOnly(2027, 10, 31)),
                     (NewYork, new DateOnly(2027, 3, 14)), (NewYork, new DateOnly(2027, 11, 7)),
                 })
        {
            var instants = Enumerable.Range(0, (24 * 12) + 1).Select(i => clock.InstantOf(date, i * 5)).ToList();
            Assert.True(instants.Zip(instants.Skip(1)).All(p => p.First <= p.Second), $"{clock.Zone.Id} {date}");
        }
    }

    [Fact]
    public void Twenty_four_oclock_is_the_next_midnight()
    {
        Assert.Equal(Berlin.InstantOf(new DateOnly(2027, 3, 28), 0), Berlin.InstantOf(new DateOnly(2027, 3, 27), 24 * 60));
        Assert.Equal(TimeSpan.FromHours(23), Berlin.InstantOf(new DateOnly(2027, 3, 28), 24 * 60) - Berlin.InstantOf(new DateOnly(2027, 3, 28), 0));
        Assert.Equal(TimeSpan.FromHours(25), Berlin.InstantOf(new DateOnly(2027, 10, 31), 24 * 60) - Berlin.InstantOf(new DateOnly(2027, 10, 31), 0));
    }
}
