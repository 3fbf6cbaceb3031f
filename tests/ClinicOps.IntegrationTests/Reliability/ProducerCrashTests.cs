using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>
/// A service dies after it committed a change but before it published the change's event. The broker is down while
/// the booking is made, so the gap between commit and publish stays open (the outbox row is provably unsent), and the
/// scheduling process is then killed outright (SIGKILL: no shutdown code runs). Only the restarted process can publish
/// the event — and it does: every consumer learns of the booking. The test leaves the app healthy.
/// </summary>
public sealed class ProducerCrashTests : WholeAppTest
{
    private const string Broker = "rabbitmq";
    private const string Scheduling = "scheduling";
    private const string AppointmentScheduled = "ClinicOps.Contracts.Scheduling.AppointmentScheduled";
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(90);
    private readonly ITestOutputHelper output;

    public ProducerCrashTests(WholeAppFixture app, ITestOutputHelper output)
        : base(app, output)
    {
        this.output = output;
    }

    [Fact]
    public async Task A_booking_committed_just_before_the_service_crashed_reaches_every_consumer_after_the_restart()
    {
        await App.WaitUntilHealthyAsync();
        var work = await ClinicWorkload.StartAsync(App, "producer crash");
        var brokerAddress = await App.ConnectionStringAsync(Broker);
        var schedulingDb = await App.ConnectionStringAsync("scheduling-db");
        var billingDb = await App.ConnectionStringAsync("billing-db");
        Guid appointmentId;

        try
        {
            await App.StopResourceAsync(Broker);
            appointmentId = (await work.BookAsync()).Id;
            Assert.False(await Outbox.SentAsync(schedulingDb, AppointmentScheduled, "appointmentId", appointmentId),
                "The booking's event must be committed in scheduling's outbox and not yet published.");

            output.WriteLine($"Killed:{Environment.NewLine}{await App.CrashResourceAsync(Scheduling)}");
            await App.StartResourceAsync(Broker);
            await Eventually.UntilAsync(() => Amqp.AnswersAsync(brokerAddress), "the broker to answer again", TimeSpan.FromSeconds(60));
            Assert.False(await Outbox.SentAsync(schedulingDb, AppointmentScheduled, "appointmentId", appointmentId),
                "Nothing but a scheduling process may publish the event, and none runs.");

            await App.StartResourceAsync(Scheduling);
        }
        finally
        {
            await App.EnsureStartedAsync(Broker);
            await App.EnsureStartedAsync(Scheduling);
        }

        await App.WaitUntilHealthyAsync();
        await Eventually.UntilAsync(async () => await Outbox.SentAsync(schedulingDb, AppointmentScheduled, "appointmentId", appointmentId) == true,
            "the restarted scheduling to publish the event from its outbox", Convergence);
        // Reminders answers for an appointment it has not heard of by asking scheduling (an empty list): the automatic
        // reminder exists only once the event has arrived.
        var reminders = await Eventually.GetAsync(() => work.Client.ReadAsync($"/api/appointments/{appointmentId}/reminders"),
            answer => answer.Status == HttpStatusCode.OK && answer.Json.GetArrayLength() > 0, "reminders to learn of the appointment", Convergence);
        var reminder = Assert.Single(reminders.Json.EnumerateArray());
        Assert.Equal(("upcoming", "pending"), (reminder.GetProperty("purpose").GetString(), reminder.GetProperty("status").GetString()));
        await Eventually.UntilAsync(async () => await BillingReplica.AppointmentVersionAsync(billingDb, appointmentId) >= 1,
            "billing's replica to apply the appointment's event", Convergence);
        var figures = await work.ConvergedFiguresAsync(Convergence);
        Assert.Equal((1, 1, 1), (figures.Dashboard.TotalAppointments, figures.Dashboard.UpcomingAppointments, figures.Dashboard.PendingReminders));
    }
}
