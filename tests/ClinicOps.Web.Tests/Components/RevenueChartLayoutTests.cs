using ClinicOps.Web.Api;
using ClinicOps.Web.Dashboard;

namespace ClinicOps.Web.Tests.Components;

public sealed class RevenueChartLayoutTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);

    [Fact]
    public void Each_day_gets_a_bar_as_tall_as_its_share_of_the_axis_and_the_axis_ends_on_a_round_value_above_the_best_day()
    {
        var layout = RevenueChartLayout.For([Revenue(0, 80m), Revenue(1, 0m), Revenue(2, 160m), Revenue(3, 40m)]);

        Assert.Equal(4, layout.Bars.Count);
        Assert.Equal([0m, 50m, 100m, 150m, 200m], layout.Ticks.Select(t => t.Value));
        var plot = RevenueChartLayout.PlotBottom - RevenueChartLayout.PlotTop;
        Assert.Equal(plot * 160 / 200, layout.Bars[2].Height, 6);
        Assert.Equal(plot * 80 / 200, layout.Bars[0].Height, 6);
        Assert.Equal(0, layout.Bars[1].Height, 6);
        Assert.All(layout.Bars, bar => Assert.Equal(layout.ZeroY, bar.Y + bar.Height, 6));
        Assert.True(layout.Bars.Zip(layout.Bars.Skip(1)).All(pair => pair.First.X + pair.First.Width < pair.Second.X), "bars overlap");
    }

    [Fact]
    public void A_day_with_more_refunds_than_payments_reaches_below_zero()
    {
        var layout = RevenueChartLayout.For([Revenue(0, 100m), Revenue(1, -30m)]);

        Assert.Equal(-50m, layout.Ticks[0].Value);
        Assert.Equal(layout.ZeroY, layout.Bars[1].Y, 6);
        Assert.True(layout.Bars[1].Height > 0);
        Assert.True(layout.ZeroY < RevenueChartLayout.PlotBottom);
    }

    [Fact]
    public void Days_without_revenue_draw_flat_bars_on_an_axis_from_zero_to_one()
    {
        var layout = RevenueChartLayout.For([Revenue(0, 0m), Revenue(1, 0m)]);

        Assert.Equal([0m, 1m], layout.Ticks.Select(t => t.Value));
        Assert.All(layout.Bars, bar => Assert.Equal(0, bar.Height, 6));
        Assert.Equal(RevenueChartLayout.PlotBottom, layout.ZeroY, 6);
    }

    [Fact]
    public void A_long_range_labels_at_most_eight_dates_and_the_first_day_always()
    {
        var layout = RevenueChartLayout.For([.. Enumerable.Range(0, 90).Select(i => Revenue(i, i))]);

        Assert.InRange(layout.Labels.Count, 2, RevenueChartLayout.MaxLabels);
        Assert.Equal(Day, layout.Labels[0].Date);
        Assert.All(layout.Bars, bar => Assert.InRange(bar.X + bar.Width, RevenueChartLayout.PlotLeft, RevenueChartLayout.PlotRight));
    }

    [Theory]
    [InlineData(0.004, 0.01)]
    [InlineData(3, 5)]
    [InlineData(12, 20)]
    [InlineData(40, 50)]
    [InlineData(51, 100)]
    [InlineData(1900, 2000)]
    public void Axis_steps_are_one_two_or_five_times_a_power_of_ten(decimal rough, decimal step) =>
        Assert.Equal(step, RevenueChartLayout.NiceStep(rough));

    private static DailyRevenue Revenue(int day, decimal amount) => new(Day.AddDays(day), amount, amount == 0 ? 0 : 1);
}
