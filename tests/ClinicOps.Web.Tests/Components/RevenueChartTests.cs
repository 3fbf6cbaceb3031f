using System.Globalization;
using Bunit;
using ClinicOps.Web.Api;
using ClinicOps.Web.Components.Shared;

namespace ClinicOps.Web.Tests.Components;

public sealed class RevenueChartTests : BunitContext
{
    [Fact]
    public void The_chart_is_an_image_with_a_title_and_a_summary_for_screen_readers_and_a_bar_per_day()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        var days = new List<DailyRevenue> { new(new DateOnly(2027, 3, 1), 0m, 0), new(new DateOnly(2027, 3, 2), 120.50m, 2), new(new DateOnly(2027, 3, 3), 30m, 1) };

        var chart = Render<RevenueChart>(parameters => parameters.Add(c => c.Days, days).Add(c => c.Currency, "EUR"));

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("revenue-chart-title revenue-chart-summary", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Revenue per day, 1 Mar 2027 to 3 Mar 2027", chart.Find("#revenue-chart-title").TextContent);
        Assert.Equal("150.50 EUR over 3 days; the most, 120.50 EUR, on 2 March 2027. The table below lists every day.",
            chart.Find("#revenue-chart-summary").TextContent);
        Assert.Equal(["2027-03-01", "2027-03-02", "2027-03-03"], chart.FindAll("rect").Select(r => r.GetAttribute("data-date")));
        Assert.Equal("2 Mar 2027: 120.50 EUR", chart.FindAll("rect")[1].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void Coordinates_are_written_with_a_dot_whatever_the_readers_language()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        var days = new List<DailyRevenue> { new(new DateOnly(2027, 3, 1), 33.33m, 1), new(new DateOnly(2027, 3, 2), 10m, 1), new(new DateOnly(2027, 3, 3), 7m, 1) };

        var chart = Render<RevenueChart>(parameters => parameters.Add(c => c.Days, days).Add(c => c.Currency, "EUR"));

        Assert.All(chart.FindAll("rect"), rect => Assert.DoesNotContain(",", rect.GetAttribute("height"), StringComparison.Ordinal));
        Assert.Contains(chart.FindAll("rect"), rect => rect.GetAttribute("x")!.Contains('.', StringComparison.Ordinal));
    }
}
