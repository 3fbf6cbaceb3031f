using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class DashboardTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task The_dashboard_shows_every_figure_as_of_its_time_the_doctors_and_the_revenue_per_day()
    {
        var owner = await ArrangeDayAsync();
        var figures = await owner.GetJsonAsync("/api/dashboard");
        await SignInAsync(owner);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();

        foreach (var (key, field) in new[]
                 {
                     ("total", "totalAppointments"), ("upcoming", "upcomingAppointments"), ("completed", "completedAppointments"),
                     ("cancelled", "cancelledAppointments"), ("no-show", "noShowAppointments"), ("pending-reminders", "pendingReminders"),
                 })
        {
            await Expect(Page.Locator($"[data-figure={key}]")).ToHaveTextAsync(figures.GetProperty(field).GetInt32().ToString("N0", EnGb));
        }

        await Expect(Page.Locator("[data-figure=revenue]")).ToHaveTextAsync("80.00 EUR");
        await Expect(Page.Locator("[data-figure=pending-payments]")).ToHaveTextAsync("15.00 EUR");
        await Expect(Page.Locator("[data-figure=pending-payments] + p")).ToHaveTextAsync("1 payment");
        var asOf = TimeZoneInfo.ConvertTime(figures.GetProperty("asOf").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        await Expect(Page.GetByTestId("as-of")).ToContainTextAsync($"As of {asOf.ToString("d MMM yyyy", EnGb)}");

        var doctors = Page.GetByTestId("doctor-figures").Locator("tbody tr");
        await Expect(doctors).ToHaveCountAsync(2);
        await Expect(doctors.Filter(new() { HasText = "Dr Grace Hopper" })).ToContainTextAsync("80.00 EUR");
        await Expect(doctors.Filter(new() { HasText = "Dr Alan Turing" })).ToContainTextAsync("0.00 EUR");

        var chart = Page.GetByTestId("revenue-chart");
        await Expect(chart.Locator("rect")).ToHaveCountAsync(30);
        var today = ClinicArrange.TodayIn("Europe/Berlin");
        await Expect(chart.Locator("title").First).ToHaveTextAsync(
            $"Revenue per day, {today.AddDays(-29).ToString("d MMM yyyy", EnGb)} to {today.ToString("d MMM yyyy", EnGb)}");
        await Expect(chart.Locator("desc")).ToContainTextAsync($"80.00 EUR over 30 days; the most, 80.00 EUR, on {today.ToString("d MMMM yyyy", EnGb)}");
        await SaveScreenshotAsync("dashboard");

        await Page.GetByText("Revenue per day as a table").ClickAsync();
        var days = Page.GetByTestId("revenue-table").Locator("tbody tr");
        await Expect(days).ToHaveCountAsync(30);
        await Expect(Page.Locator($"tr[data-date='{today:yyyy-MM-dd}']")).ToContainTextAsync("80.00 EUR");
        await Expect(Page.GetByTestId("revenue-total")).ToHaveTextAsync("80.00 EUR");
    }

    [Fact]
    public async Task A_chosen_range_redraws_the_chart_and_the_csv_download_is_the_apis_report()
    {
        var owner = await ArrangeDayAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/dashboard");
        var today = ClinicArrange.TodayIn("Europe/Berlin");
        var from = today.AddDays(-6);

        await Page.GetByLabel("From").FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("To", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByTestId("revenue-chart").Locator("rect")).ToHaveCountAsync(7);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        Assert.Equal($"revenue-{from:yyyy-MM-dd}-to-{today:yyyy-MM-dd}.csv", download.SuggestedFilename);
        var downloaded = await File.ReadAllTextAsync(await download.PathAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/revenue?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var fromApi = await owner.Api.SendAsync(request);
        Assert.Equal(await fromApi.Content.ReadAsStringAsync(), downloaded);
        Assert.Contains($"{today:yyyy-MM-dd},80.00,1", downloaded, StringComparison.Ordinal);

        await Page.GetByLabel("From").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("To", new() { Exact = true }).FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("'to' must not be before 'from'.");
        await Expect(Page.Locator("[data-figure=revenue]")).ToHaveTextAsync("80.00 EUR");
    }

    /// <summary>
    /// A clinic's day: a completed visit paid 80.00 by card, a scheduled one with 15.00 pending, a cancelled one — once
    /// the dashboard's read model has caught up with all of it.
    /// </summary>
    private async Task<StaffAccount> ArrangeDayAsync()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var alan = await owner.AddDoctorAsync("Dr Alan Turing");
        var patient = await owner.AddPatientAsync("Dana Dashboard", "+4915161616161");
        var checkUp = await owner.AddAppointmentTypeAsync("Check-up", 30, 80.00m);
        var done = await owner.BookTypedAsync(grace, patient, checkUp, ApiArrange.DaysAhead(1, 9));
        var scheduled = await owner.BookAsync(alan, patient, ApiArrange.DaysAhead(2, 9));
        var cancelled = await owner.BookAsync(alan, patient, ApiArrange.DaysAhead(3, 9));
        await owner.PostAsync($"/api/appointments/{done}/complete");
        await owner.PostAsync($"/api/appointments/{cancelled}/cancel", new { reason = "Clash" });
        await owner.RecordPaymentAsync(done, 80.00m);
        await owner.RecordPaymentAsync(scheduled, 15.00m, method: "cash", status: "pending");

        await Eventually.UntilAsync(async () =>
        {
            var figures = await owner.GetJsonAsync("/api/dashboard");
            return figures.GetProperty("revenue").GetDecimal() == 80.00m
                && figures.GetProperty("pendingPayments").GetProperty("count").GetInt32() == 1
                && figures.GetProperty("completedAppointments").GetInt32() == 1
                && figures.GetProperty("cancelledAppointments").GetInt32() == 1
                && figures.GetProperty("totalAppointments").GetInt32() == 3
                && figures.GetProperty("pendingReminders").GetInt32() == 1 // the scheduled visit's SMS; the others' were cancelled
                && (await owner.GetJsonAsync("/api/dashboard/doctors")).EnumerateArray().All(d => d.GetProperty("name").ValueKind == JsonValueKind.String);
        }, "the dashboard to include the day", TimeSpan.FromSeconds(60));
        return owner;
    }
}
