using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>
/// Every event of a clinic is delivered a second time: the test captures the events the services publish (a queue of
/// its own bound to every event exchange), then publishes each one again, byte for byte — the same envelope, the same
/// MessageId and EventId — so every consuming service receives a genuine redelivery. The same work is then done once
/// more, and its events queue up behind the copies on every consumer's queue: when the figures show that second
/// round, the copies ahead of it have been consumed too. The figures must be exactly what the work implies.
/// </summary>
public sealed class RedeliveryTests : WholeAppTest
{
    private readonly ITestOutputHelper output;

    public RedeliveryTests(WholeAppFixture app, ITestOutputHelper output)
        : base(app, output)
    {
        this.output = output;
    }

    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(90);

    /// <summary>The event types one round of <see cref="DoEverythingOnceAsync"/> (after a sign-up) causes.</summary>
    private static readonly string[] CausedTypes =
    [
        "ClinicOps.Contracts.Identity:ClinicRegistered", "ClinicOps.Contracts.Identity:UserRegistered",
        "ClinicOps.Contracts.Scheduling:DoctorRegistered", "ClinicOps.Contracts.Scheduling:DoctorUpdated",
        "ClinicOps.Contracts.Scheduling:PatientRegistered", "ClinicOps.Contracts.Scheduling:PatientUpdated",
        "ClinicOps.Contracts.Scheduling:AppointmentScheduled", "ClinicOps.Contracts.Scheduling:AppointmentRescheduled",
        "ClinicOps.Contracts.Scheduling:AppointmentCompleted", "ClinicOps.Contracts.Scheduling:AppointmentCancelled",
        "ClinicOps.Contracts.Scheduling:AppointmentDeleted",
        "ClinicOps.Contracts.Billing:PaymentRecorded", "ClinicOps.Contracts.Billing:PaymentPaid",
        "ClinicOps.Contracts.Billing:PaymentFailed", "ClinicOps.Contracts.Billing:PaymentRefunded",
        "ClinicOps.Contracts.Reminders:ReminderCreated", "ClinicOps.Contracts.Reminders:ReminderRescheduled",
        "ClinicOps.Contracts.Reminders:ReminderCancelled",
    ];

    [Fact]
    public async Task Every_event_delivered_twice_changes_no_figure()
    {
        await App.WaitUntilHealthyAsync();
        await using var capture = await EventCapture.StartAsync(await App.ConnectionStringAsync("rabbitmq"));
        var work = await ClinicWorkload.StartAsync(App, "redelivery");
        await DoEverythingOnceAsync(work, "first");
        var before = await work.ConvergedFiguresAsync(Convergence);

        var events = await capture.TakeAsync(work.Clinic.ClinicId);
        output.WriteLine($"Captured {events.Count} events: {string.Join(", ", events.GroupBy(e => e.Exchange).Select(g => $"{g.Key} ×{g.Count()}"))}");
        Assert.All(events, e => Assert.Equal(e.EventId, e.MessageId));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        Assert.Superset(CausedTypes.ToHashSet(), events.Select(e => e.Exchange).ToHashSet());

        await capture.RepublishAsync(events);
        await DoEverythingOnceAsync(work, "second");

        var after = await work.ConvergedFiguresAsync(Convergence);
        Assert.Equal(2 * before.Dashboard.TotalAppointments, after.Dashboard.TotalAppointments);
        Assert.Equal(2 * before.Dashboard.Revenue, after.Dashboard.Revenue);
        foreach (var appointment in work.Ledger.Appointments)
        {
            // At most one automatic reminder per booking, however often its events arrived (none when the completion or
            // cancellation arrived before the booking: the booking's event is then stale and creates nothing).
            var reminders = (await work.Client.ReadAsync($"/api/appointments/{appointment}/reminders")).Expect(HttpStatusCode.OK);
            Assert.True(reminders.Json.GetArrayLength() <= 1, $"Appointment {appointment} has more than one reminder: {reminders.Body}");
        }

        foreach (var appointment in work.Ledger.ScheduledAppointments)
        {
            var reminders = (await work.Client.ReadAsync($"/api/appointments/{appointment}/reminders")).Expect(HttpStatusCode.OK);
            Assert.True(reminders.Json.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "pending") == 1,
                $"Scheduled appointment {appointment} must have exactly one pending reminder: {reminders.Body}");
        }
    }

    /// <summary>
    /// Books five appointments and takes each down a different road — paid and partly refunded; paid late and
    /// completed; cancelled; moved with one payment pending and one failed; deleted — and renames the doctor and
    /// the patient.
    /// </summary>
    private static async Task DoEverythingOnceAsync(ClinicWorkload work, string round)
    {
        var paid = (await work.BookAsync()).Id;
        await work.PayAsync(paid, 40.00m, "paid");
        await work.MovePaymentAsync(await work.PayAsync(paid, 15.50m, "paid"), "refund");

        var completed = (await work.BookAsync()).Id;
        await work.MovePaymentAsync(await work.PayAsync(completed, 30.25m, "pending"), "mark-paid");
        await work.CompleteAsync(completed);

        await work.CancelAsync((await work.BookAsync()).Id);

        var moved = (await work.BookAsync()).Id;
        // Moved once reminders holds the booking's reminder, so the round causes ReminderRescheduled: an appointment's
        // events travel on separate queues, and a reschedule consumed first would make the booking's event stale.
        await Eventually.UntilAsync(async () =>
                (await work.Client.ReadAsync($"/api/appointments/{moved}/reminders")).Expect(HttpStatusCode.OK).Json.GetArrayLength() == 1,
            "the booking's reminder before it is moved");
        await work.RescheduleAsync(moved);
        await work.PayAsync(moved, 25.00m, "pending");
        await work.MovePaymentAsync(await work.PayAsync(moved, 10.00m, "pending"), "mark-failed");

        await work.DeleteAsync((await work.BookAsync()).Id);

        await work.RenameDoctorAsync($"Dr Redelivery ({round} round)");
        await work.RenamePatientAsync($"Patient Redelivery ({round} round)");
    }
}
