using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.Contracts;
using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Tests;

/// <summary>Real delivery: events arrive twice, late, and in any order; the figures must not care.</summary>
[Collection(AnalyticsCollection.Name)]
public sealed class DeliveryTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task A_payment_paid_before_its_appointment_is_known_still_counts()
    {
        var story = new ClinicStory();
        var doctor = story.Doctor("Dr Early");
        var appointment = story.Book(doctor, story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));
        story.Pay(appointment, 99m);
        var paid = story.Events.OfType<PaymentPaid>().Single();

        await factory.Feed.PublishInOrderAsync([paid]);
        var client = factory.ClientFor(story.ClinicId);
        Assert.Equal(99m, (await client.DashboardAsync()).Revenue);

        await factory.Feed.PublishInOrderAsync(story.Events.Where(e => e != paid));
        Assert.Equal(story.Expected.Dashboard(DateTimeOffset.UtcNow), await client.DashboardAsync());
        Assert.Equal(story.Expected.Doctors(DateTimeOffset.UtcNow), await client.DoctorsAsync());
    }

    [Fact]
    public async Task Completed_arriving_before_scheduled_leaves_the_appointment_completed()
    {
        var story = new ClinicStory();
        var doctor = story.Doctor("Dr Late");
        var appointment = story.Book(doctor, story.Patient("P"), DateTimeOffset.UtcNow.AddDays(-1));
        story.Complete(appointment);
        var scheduled = story.Events.OfType<AppointmentScheduled>().Single();
        var completed = story.Events.OfType<AppointmentCompleted>().Single();

        await factory.Feed.PublishInOrderAsync([.. story.Events.Except([scheduled, completed]), completed, scheduled]);

        var dashboard = await factory.ClientFor(story.ClinicId).DashboardAsync();
        Assert.Equal((1, 1, 0), (dashboard.TotalAppointments, dashboard.CompletedAppointments, dashboard.UpcomingAppointments));
    }

    [Fact]
    public async Task The_whole_scenario_in_reverse_order_gives_the_same_figures()
    {
        var story = Scenarios.BusyClinic("Europe/Berlin", "EUR", scale: 1);

        await factory.Feed.PublishInOrderAsync(story.Events.Reverse());

        await AssertFiguresAsync(story);
    }

    [Fact]
    public async Task Every_event_delivered_twice_gives_the_same_figures()
    {
        var story = Scenarios.BusyClinic("Europe/Berlin", "EUR", scale: 1);
        // Each event twice with its own id (the inbox skips the redelivery) and once more under a new id, as a
        // producer retrying after a crash would: only the version rule can spot that one.
        var deliveries = story.Events
            .SelectMany(e => new[] { e, e, Redelivered(e) })
            .ToList();

        await factory.Feed.PublishAsync(deliveries);

        await AssertFiguresAsync(story);
    }

    [Fact]
    public async Task An_event_fed_straight_to_the_consumer_twice_is_applied_once()
    {
        var story = new ClinicStory();
        var appointment = story.Book(story.Doctor("Dr Twice"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(-1));
        story.Complete(appointment);
        story.Pay(appointment, 10m, paid: false);

        foreach (var evt in story.Events)
        {
            await factory.Feed.FeedDirectAsync(evt);
            await factory.Feed.FeedDirectAsync(evt);
        }

        await AssertFiguresAsync(story);
    }

    [Fact]
    public async Task An_older_snapshot_arriving_after_a_newer_one_changes_nothing()
    {
        var story = new ClinicStory();
        var appointment = story.Book(story.Doctor("Dr Order"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(-1));
        var payment = story.Pay(appointment, 70m, paid: false);
        story.MarkPaid(payment);
        story.Refund(payment);
        story.Cancel(appointment);
        var newestFirst = story.Events.OrderByDescending(e => e switch
        {
            PaymentSnapshot p => p.Version,
            AppointmentSnapshot a => a.Version,
            _ => 100,
        });

        foreach (var evt in newestFirst)
        {
            await factory.Feed.FeedDirectAsync(evt);
        }

        await AssertFiguresAsync(story);
        var dashboard = await factory.ClientFor(story.ClinicId).DashboardAsync();
        Assert.Equal((0m, 0, 1), (dashboard.Revenue, dashboard.PendingPayments.Count, dashboard.CancelledAppointments));
    }

    private async Task AssertFiguresAsync(ClinicStory story)
    {
        var client = factory.ClientFor(story.ClinicId);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(story.Expected.Dashboard(now), await client.DashboardAsync());
        Assert.Equal(story.Expected.Doctors(now), await client.DoctorsAsync());
        if (story.Payments.Any(p => p.PaidAt is not null))
        {
            var (from, to) = story.Expected.RevenueDays();
            Assert.Equal(story.Expected.Revenue(from, to), await client.RevenueAsync(from, to));
        }
    }

    private static IntegrationEvent Redelivered(IntegrationEvent evt) => evt with { EventId = Guid.CreateVersion7() };
}
