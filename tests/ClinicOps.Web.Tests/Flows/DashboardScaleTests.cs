using System.Text.Json;
using ClinicOps.Benchmarks.Figures;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>
/// The dashboard page of a clinic with a million appointments in the analytics read model (seeded in bulk as the
/// benchmark's scale figure seeds it). How fast it renders is the benchmark's to measure (its dashboard-page figure);
/// this proves the page holds at that size.
/// </summary>
public sealed class DashboardScaleTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private const int Appointments = 1_000_000;

    [Fact]
    public async Task The_dashboard_page_shows_a_clinic_with_a_million_appointments()
    {
        var owner = await App.SignUpClinicAsync();
        var doctors = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            doctors.Add(await owner.AddDoctorAsync($"Dr Scale {i}"));
        }

        await Eventually.UntilAsync(async () => (await owner.GetJsonAsync("/api/dashboard/doctors")).EnumerateArray()
            .Count(d => d.GetProperty("name").ValueKind == JsonValueKind.String) == doctors.Count, "analytics to know the doctors", TimeSpan.FromSeconds(30));
        var seeder = new AnalyticsSeeder(await App.ConnectionStringAsync("analytics-db"));
        var appointments = Enumerable.Range(0, Appointments).Select(_ => Guid.CreateVersion7()).ToList();
        await seeder.SeedAsync(owner.ClinicId, doctors, appointments, new SeedShape(Appointments, DateTimeOffset.UtcNow),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), CancellationToken.None);
        var figures = await owner.GetJsonAsync("/api/dashboard");

        await SignInAsync(owner);
        await Page.GotoAsync("/dashboard");

        await Expect(Page.Locator("[data-figure=total]")).ToHaveTextAsync("1,000,000");
        await Expect(Page.Locator("[data-figure=completed]")).ToHaveTextAsync(figures.GetProperty("completedAppointments").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, await Page.GetByTestId("doctor-figures").Locator("tbody tr").Filter(new() { HasText = "Dr Scale" }).CountAsync());
    }
}
