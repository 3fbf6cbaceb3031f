using ClinicOps.Analytics.Tests.Infrastructure;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class DashboardScenarioTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task Each_clinic_dashboard_equals_the_figures_of_its_own_events_and_none_of_the_other()
    {
        var berlin = Scenarios.BusyClinic("Europe/Berlin", "EUR", scale: 1);
        var lisbon = Scenarios.BusyClinic("Europe/Lisbon", "EUR", scale: 2);

        // Interleaved, as two clinics' events reach the broker.
        await factory.Feed.PublishAsync(Scenarios.Interleave(berlin.Events, lisbon.Events));

        var now = DateTimeOffset.UtcNow;
        foreach (var story in new[] { berlin, lisbon })
        {
            var client = factory.ClientFor(story.ClinicId);
            Assert.Equal(story.Expected.Dashboard(now), await client.DashboardAsync());
            Assert.Equal(story.Expected.Doctors(now), await client.DoctorsAsync());
            var (from, to) = story.Expected.RevenueDays();
            Assert.Equal(story.Expected.Revenue(from, to), await client.RevenueAsync(from, to));
        }

        // The two clinics' figures differ (scale), so equality above also shows neither includes the other's.
        Assert.NotEqual(berlin.Expected.Dashboard(now).TotalAppointments, lisbon.Expected.Dashboard(now).TotalAppointments);
    }

    [Fact]
    public async Task A_clinic_without_events_sees_zero_figures_and_no_asOf()
    {
        var dashboard = await factory.ClientFor(Guid.CreateVersion7()).DashboardAsync();

        Assert.Equal(new DashboardDto(0, 0, 0, 0, 0, 0m, new PendingPaymentsDto(0, 0m), 0, null, null), dashboard);
    }

    [Fact]
    public async Task Dashboard_json_has_exactly_the_documented_fields()
    {
        var story = new ClinicStory(currency: "NZD");
        var doctor = story.Doctor("Dr Field");
        var appointment = story.Book(doctor, story.Patient("P"), DateTimeOffset.UtcNow.AddDays(2));
        story.Pay(appointment, 12.5m);
        await factory.Feed.PublishAsync(story.Events);

        var json = await factory.ClientFor(story.ClinicId).Http.GetStringAsync("/api/dashboard");

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["totalAppointments", "upcomingAppointments", "completedAppointments", "cancelledAppointments", "noShowAppointments",
             "revenue", "pendingPayments", "pendingReminders", "currency", "asOf"],
            names);
        Assert.Equal("12.50", document.RootElement.GetProperty("revenue").GetRawText());
        Assert.Equal("NZD", document.RootElement.GetProperty("currency").GetString());
        Assert.Equal(["count", "amount"], document.RootElement.GetProperty("pendingPayments").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Dashboard_needs_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/api/dashboard");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
