using ClinicOps.Web.Clinic;
using Microsoft.Extensions.Time.Testing;

namespace ClinicOps.Web.Tests.Components;

public sealed class ClinicClockTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Today_is_the_clinics_date_not_the_servers()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 3, 2), new ClinicClock(Berlin, time).Today);
    }

    [Fact]
    public void A_wall_clock_time_is_the_instant_in_the_clinics_zone_on_both_sides_of_a_dst_change()
    {
        var clock = new ClinicClock(Berlin, TimeProvider.System);

        Assert.Equal(new DateTimeOffset(2027, 3, 27, 9, 0, 0, TimeSpan.FromHours(1)), clock.ToInstant(new DateOnly(2027, 3, 27), new TimeOnly(9, 0)));
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(2)), clock.ToInstant(new DateOnly(2027, 3, 29), new TimeOnly(9, 0)));
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_moves_forward_and_a_repeated_one_means_the_first()
    {
        var clock = new ClinicClock(Berlin, TimeProvider.System);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 30, 0, TimeSpan.FromHours(2)), clock.ToInstant(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 2, 30, 0, TimeSpan.FromHours(2)), clock.ToInstant(new DateOnly(2027, 10, 31), new TimeOnly(2, 30)));
    }
}
