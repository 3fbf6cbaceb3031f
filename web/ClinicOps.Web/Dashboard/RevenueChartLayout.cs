using ClinicOps.Web.Api;

namespace ClinicOps.Web.Dashboard;

/// <summary>
/// Where the revenue chart's bars, axis values and date labels go, worked out on the server so the chart is plain SVG:
/// one bar per day across the plot, the vertical axis on round values (1, 2 or 5 times a power of ten) that include
/// zero and every day's revenue, and at most <see cref="MaxLabels"/> dates under the bars so they never overlap.
/// </summary>
public sealed class RevenueChartLayout
{
    public const double Width = 800;
    public const double Height = 260;
    public const double PlotLeft = 72;
    public const double PlotRight = Width - 12;
    public const double PlotTop = 12;
    public const double PlotBottom = Height - 32;
    public const int MaxLabels = 8;
    private const int TargetTicks = 4;
    private const double GapShare = 0.2;

    private RevenueChartLayout(IReadOnlyList<ChartBar> bars, IReadOnlyList<ChartTick> ticks, IReadOnlyList<ChartLabel> labels, double zeroY,
        decimal step)
    {
        Bars = bars;
        Step = step;
        Ticks = ticks;
        Labels = labels;
        ZeroY = zeroY;
    }

    public IReadOnlyList<ChartBar> Bars { get; }

    /// <summary>The axis values, lowest first.</summary>
    public IReadOnlyList<ChartTick> Ticks { get; }

    public IReadOnlyList<ChartLabel> Labels { get; }

    /// <summary>The difference between two axis values (below 1 when every day's revenue is under a few units).</summary>
    public decimal Step { get; }

    /// <summary>The height of zero, where bars start.</summary>
    public double ZeroY { get; }

    public static RevenueChartLayout For(IReadOnlyList<DailyRevenue> days)
    {
        var highest = days.Count == 0 ? 0m : Math.Max(0m, days.Max(d => d.Revenue));
        var lowest = days.Count == 0 ? 0m : Math.Min(0m, days.Min(d => d.Revenue));
        var step = NiceStep((highest - lowest) / TargetTicks);
        var top = Math.Ceiling(highest / step) * step;
        var bottom = Math.Floor(lowest / step) * step;
        if (top == bottom)
        {
            top = bottom + step;
        }

        double YOf(decimal value) => PlotBottom - (double)((value - bottom) / (top - bottom)) * (PlotBottom - PlotTop);

        var ticks = new List<ChartTick>();
        for (var value = bottom; value <= top; value += step)
        {
            ticks.Add(new ChartTick(value, YOf(value)));
        }

        var slot = days.Count == 0 ? 0 : (PlotRight - PlotLeft) / days.Count;
        var zeroY = YOf(0m);
        var bars = days.Select((day, i) =>
        {
            var y = YOf(day.Revenue);
            return new ChartBar(day, PlotLeft + i * slot + slot * GapShare / 2, Math.Min(y, zeroY), slot * (1 - GapShare), Math.Abs(zeroY - y));
        }).ToList();

        var every = Math.Max(1, (int)Math.Ceiling(days.Count / (double)MaxLabels));
        var labels = days.Select((day, i) => (day, i))
            .Where(d => d.i % every == 0)
            .Select(d => new ChartLabel(d.day.Date, PlotLeft + (d.i + 0.5) * slot))
            .ToList();
        return new RevenueChartLayout(bars, ticks, labels, zeroY, step);
    }

    /// <summary>The round step (1, 2 or 5 × 10ⁿ, at least one cent) nearest above <paramref name="rough"/>.</summary>
    public static decimal NiceStep(decimal rough)
    {
        if (rough <= 0.01m)
        {
            return rough <= 0 ? 1m : 0.01m;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        var residual = rough / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
