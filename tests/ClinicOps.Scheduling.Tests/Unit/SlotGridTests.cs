using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Tests.Unit;

public sealed class SlotGridTests
{
    private static readonly WallClock Berlin = WallClock.For("Europe/Berlin");

    private static List<string> LocalTimes(WallClock clock, IEnumerable<DateTimeOffset> starts) =>
        [.. starts.Select(s => clock.LocalTime(s).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void An_ordinary_day_has_a_start_every_step_from_midnight()
    {
        var starts = SlotGrid.Starts(Berlin, new DateOnly(2027, 5, 4), new DateOnly(2027, 5, 4), 15);

        Assert.Equal(96, starts.Count);
        Assert.Equal("00:00", LocalTimes(Berlin, starts)[0]);
        Assert.Equal("23:45", LocalTimes(Berlin, starts)[^1]);
    }

    [Fact]
    public void The_day_the_clocks_go_forward_has_no_starts_in_the_skipped_hour()
    {
        var starts = SlotGrid.Starts(Berlin, new DateOnly(2027, 3, 28), new DateOnly(2027, 3, 28), 30);

        Assert.Equal(46, starts.Count);
        Assert.DoesNotContain(LocalTimes(Berlin, starts), t => t.StartsWith("02:", StringComparison.Ordinal));
        Assert.Contains("03:00", LocalTimes(Berlin, starts));
    }

    [Fact]
    public void The_day_the_clocks_go_back_offers_the_repeated_hour_twice_in_order()
    {
        var starts = SlotGrid.Starts(Berlin, new DateOnly(2027, 10, 31), new DateOnly(2027, 10, 31), 30);

        Assert.Equal(50, starts.Count);
        Assert.Equal(2, LocalTimes(Berlin, starts).Count(t => t == "02:30"));
        Assert.True(starts.Zip(starts.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void The_grid_follows_the_wall_clock_in_a_zone_with_a_quarter_hour_offset()
    {
        var kathmandu = WallClock.For("Asia/Kathmandu");

        var starts = SlotGrid.Starts(kathmandu, new DateOnly(2027, 5, 4), new DateOnly(2027, 5, 5), 60);

        Assert.Equal(48, starts.Count);
        Assert.All(LocalTimes(kathmandu, starts), t => Assert.EndsWith(":00", t));
    }
}
