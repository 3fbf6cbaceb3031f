using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Tests.Unit;

public sealed class TimeRangesTests
{
    private static readonly DateTimeOffset T = new(2027, 5, 4, 0, 0, 0, TimeSpan.Zero);

    private static TimeRange H(double from, double to) => new(T.AddHours(from), T.AddHours(to));

    [Fact]
    public void Overlapping_and_touching_ranges_merge_and_empty_ones_drop()
    {
        var merged = TimeRanges.Merge([H(14, 18), H(9, 12), H(12, 13), H(10, 11), H(20, 20)]);

        Assert.Equal([H(9, 13), H(14, 18)], merged);
    }

    [Fact]
    public void Subtracting_leaves_the_pieces_outside_every_hole()
    {
        var left = TimeRanges.Subtract([H(9, 13), H(14, 18)], [H(8, 9.5), H(11, 11.5), H(11.25, 12), H(15, 20)]);

        Assert.Equal([H(9.5, 11), H(12, 13), H(14, 15)], left);
    }

    [Fact]
    public void A_range_is_half_open_so_back_to_back_ranges_do_not_overlap()
    {
        Assert.False(H(9, 10).Overlaps(H(10, 11)));
        Assert.True(H(9, 10).Overlaps(H(9.9, 11)));
        Assert.True(H(9, 12).Contains(H(11, 12)));
    }
}
