using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class RebuildTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task Rebuilding_from_the_event_log_yields_the_same_figures()
    {
        var auckland = Scenarios.BusyClinic("Pacific/Auckland", "NZD", scale: 2);
        var berlin = Scenarios.BusyClinic("Europe/Berlin", "EUR", scale: 1);
        await factory.Feed.PublishAsync(Scenarios.Interleave(auckland.Events, berlin.Events));
        var before = await SnapshotAsync(auckland);

        // A read model gone wrong (as after a projection bug): the rebuild must not start from it.
        await factory.Feed.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE clinic_counters SET total_appointments = 999, revenue = -1; DELETE FROM daily_revenue; DELETE FROM doctors"));
        Assert.NotEqual(before, await SnapshotAsync(auckland));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var replayed = await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(CancellationToken.None);
            Assert.True(replayed >= auckland.Events.Count + berlin.Events.Count);
        }

        Assert.Equal(before, await SnapshotAsync(auckland));
        Assert.Equal(auckland.Expected.Dashboard(DateTimeOffset.UtcNow), await factory.ClientFor(auckland.ClinicId).DashboardAsync());
        Assert.Equal(berlin.Expected.Dashboard(DateTimeOffset.UtcNow), await factory.ClientFor(berlin.ClinicId).DashboardAsync());

        // The model keeps consuming after a rebuild.
        var appointment = auckland.Book(auckland.Doctors.Keys.First(), auckland.Patient("Late"), DateTimeOffset.UtcNow.AddDays(9));
        auckland.Pay(appointment, 5m);
        await factory.Feed.PublishAsync(auckland.Events.Skip(auckland.Events.Count - 4));
        Assert.Equal(auckland.Expected.Dashboard(DateTimeOffset.UtcNow), await factory.ClientFor(auckland.ClinicId).DashboardAsync());
    }

    private async Task<string> SnapshotAsync(ClinicStory story)
    {
        var client = factory.ClientFor(story.ClinicId);
        var (from, to) = story.Expected.RevenueDays();
        var dashboard = await client.DashboardAsync();
        var doctors = await client.DoctorsAsync();
        var revenue = await client.RevenueAsync(from, to);
        return System.Text.Json.JsonSerializer.Serialize(new { dashboard, doctors, revenue });
    }
}
