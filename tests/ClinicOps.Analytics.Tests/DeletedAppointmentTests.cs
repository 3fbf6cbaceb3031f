using ClinicOps.Analytics.Tests.Infrastructure;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class DeletedAppointmentTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task A_deleted_appointment_leaves_every_figure_but_its_paid_payment_still_counts_as_money()
    {
        var story = new ClinicStory();
        var doctor = story.Doctor("Dr Gone");
        var patient = story.Patient("P");
        story.Book(doctor, patient, DateTimeOffset.UtcNow.AddDays(2));
        var mistake = story.Book(doctor, patient, DateTimeOffset.UtcNow.AddDays(3));
        story.Pay(mistake, 40m);
        story.Delete(mistake);

        await factory.Feed.PublishAsync(story.Events);

        var client = factory.ClientFor(story.ClinicId);
        var dashboard = await client.DashboardAsync();
        Assert.Equal((1, 1, 40m), (dashboard.TotalAppointments, dashboard.UpcomingAppointments, dashboard.Revenue));
        var figures = Assert.Single(await client.DoctorsAsync());
        Assert.Equal((1, 1, 40m), (figures.Total, figures.Upcoming, figures.Revenue));
        Assert.Equal(story.Expected.Dashboard(DateTimeOffset.UtcNow), dashboard);
    }

    [Fact]
    public async Task Deleting_a_completed_appointment_takes_it_out_of_completed_too()
    {
        var story = new ClinicStory();
        var appointment = story.Book(story.Doctor("Dr Undo"), story.Patient("P"), DateTimeOffset.UtcNow.AddDays(-1));
        story.Complete(appointment);
        story.Delete(appointment);

        await factory.Feed.PublishAsync(story.Events);

        var dashboard = await factory.ClientFor(story.ClinicId).DashboardAsync();
        Assert.Equal((0, 0), (dashboard.TotalAppointments, dashboard.CompletedAppointments));
    }
}
