using System.Net;
using ClinicOps.Analytics.Tests.Infrastructure;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class RevenueReportTests(AnalyticsFactory factory)
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Fact]
    public async Task A_payment_at_2330_local_in_Auckland_lands_on_that_local_day()
    {
        var story = new ClinicStory("Pacific/Auckland", "NZD");
        var appointment = story.Book(story.Doctor("Dr Kiwi"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        // 23:30 on 15 January in Auckland (UTC+13) is 10:30 UTC; 00:30 on the 16th is 11:30 UTC, the same UTC day.
        story.At(Local(2025, 1, 15, 23, 30)).Pay(appointment, 100m);
        story.At(Local(2025, 1, 16, 0, 30)).Pay(appointment, 50m);

        await factory.Feed.PublishAsync(story.Events);

        var days = await factory.ClientFor(story.ClinicId).RevenueAsync(new DateOnly(2025, 1, 15), new DateOnly(2025, 1, 16));
        Assert.Equal(
            [new DailyRevenueDto(new DateOnly(2025, 1, 15), 100m, 1), new DailyRevenueDto(new DateOnly(2025, 1, 16), 50m, 1)],
            days);
    }

    [Fact]
    public async Task A_refund_counts_on_the_day_it_was_refunded()
    {
        var story = new ClinicStory("Pacific/Auckland", "NZD");
        var appointment = story.Book(story.Doctor("Dr Back"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        var payment = story.At(Local(2025, 3, 10, 9, 0)).Pay(appointment, 75m);
        story.At(Local(2025, 3, 12, 23, 50)).Refund(payment);

        await factory.Feed.PublishAsync(story.Events);

        var client = factory.ClientFor(story.ClinicId);
        var days = await client.RevenueAsync(new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 13));
        Assert.Equal(
            [
                new DailyRevenueDto(new DateOnly(2025, 3, 10), 75m, 1),
                new DailyRevenueDto(new DateOnly(2025, 3, 11), 0m, 0),
                new DailyRevenueDto(new DateOnly(2025, 3, 12), -75m, 0),
                new DailyRevenueDto(new DateOnly(2025, 3, 13), 0m, 0),
            ],
            days);
        Assert.Equal(0m, (await client.DashboardAsync()).Revenue);
    }

    [Fact]
    public async Task Per_day_revenue_follows_the_clinic_time_zone_when_it_arrives_late_or_changes()
    {
        var story = new ClinicStory("Pacific/Auckland", "NZD", registerClinic: false);
        var appointment = story.Book(story.Doctor("Dr Zone"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        story.At(new DateTimeOffset(2025, 1, 15, 12, 30, 0, TimeSpan.Zero)).Pay(appointment, 100m);
        var client = factory.ClientFor(story.ClinicId);
        var (from, to) = (new DateOnly(2025, 1, 14), new DateOnly(2025, 1, 16));

        // Until the clinic's zone is known, the payment falls on its UTC day.
        await factory.Feed.PublishAsync(story.Events);
        Assert.Equal([0m, 100m, 0m], (await client.RevenueAsync(from, to)).Select(d => d.Revenue));

        // In Auckland (UTC+13) 12:30 UTC is 01:30 the next day.
        story.RegisterClinic();
        await factory.Feed.PublishAsync(story.Events.Skip(story.Events.Count - 1));
        Assert.Equal([0m, 0m, 100m], (await client.RevenueAsync(from, to)).Select(d => d.Revenue));

        // In Pago Pago (UTC-11) it is 01:30 the same day.
        story.ChangeTimeZone("Pacific/Pago_Pago");
        await factory.Feed.PublishAsync(story.Events.Skip(story.Events.Count - 1));
        Assert.Equal([0m, 100m, 0m], (await client.RevenueAsync(from, to)).Select(d => d.Revenue));
        Assert.Equal(story.Expected.Revenue(from, to), await client.RevenueAsync(from, to));
    }

    [Fact]
    public async Task An_unknown_time_zone_counts_days_in_UTC()
    {
        var story = new ClinicStory("Mars/Olympus_Mons", "EUR");
        var appointment = story.Book(story.Doctor("Dr Space"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        story.At(new DateTimeOffset(2025, 1, 15, 23, 30, 0, TimeSpan.Zero)).Pay(appointment, 10m);

        await factory.Feed.PublishAsync(story.Events);

        var days = await factory.ClientFor(story.ClinicId).RevenueAsync(new DateOnly(2025, 1, 15), new DateOnly(2025, 1, 16));
        Assert.Equal([10m, 0m], days.Select(d => d.Revenue));
    }

    [Fact]
    public async Task Csv_report_has_a_header_and_invariant_numbers()
    {
        var story = new ClinicStory("Pacific/Auckland", "NZD");
        var appointment = story.Book(story.Doctor("Dr Csv"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        story.At(Local(2025, 2, 1, 12, 0)).Pay(appointment, 1234.5m);
        await factory.Feed.PublishAsync(story.Events);
        var http = factory.ClientFor(story.ClinicId).Http;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/revenue?from=2025-02-01&to=2025-02-02");
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("date,revenue,payments\n2025-02-01,1234.50,1\n2025-02-02,0.00,0\n", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "to=2025-01-01", "from")]
    [InlineData("from=2025-01-01", "", "to")]
    [InlineData("from=2025-01-10", "to=2025-01-09", "to")]
    [InlineData("from=2024-01-01", "to=2025-01-01", "to")]
    [InlineData("from=01/02/2025", "to=2025-01-03", "from")]
    [InlineData("from=2025-02-30", "to=2025-03-03", "from")]
    public async Task Bad_report_ranges_answer_400_with_the_field_in_error(string from, string to, string field)
    {
        var response = await factory.ClientFor(Guid.CreateVersion7()).Http.GetAsync($"/api/reports/revenue?{from}&{to}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_leap_year_of_366_days_is_allowed_and_lists_every_day()
    {
        var days = await factory.ClientFor(Guid.CreateVersion7()).RevenueAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(366, days.Count);
        Assert.All(days, d => Assert.Equal((0m, 0), (d.Revenue, d.Payments)));
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Auckland.GetUtcOffset(local)).ToUniversalTime();
    }
}
