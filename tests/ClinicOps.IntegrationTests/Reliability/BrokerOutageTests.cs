using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>
/// RabbitMQ goes away while the front desk keeps working through the gateway. Writes never wait for the broker (each
/// only adds an outbox row in the service's own transaction), and once the broker is back every event reaches every
/// consumer: the dashboard ends up showing exactly what was done. The test leaves the app healthy.
/// </summary>
public sealed class BrokerOutageTests : WholeAppTest
{
    private readonly ITestOutputHelper output;

    public BrokerOutageTests(WholeAppFixture app, ITestOutputHelper output)
        : base(app, output)
    {
        this.output = output;
    }

    private const string Broker = "rabbitmq";
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan WorkWait = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Bookings_completions_and_payments_succeed_while_the_broker_is_down_and_no_event_is_lost()
    {
        await App.WaitUntilHealthyAsync();
        var work = await ClinicWorkload.StartAsync(App, "broker outage");
        var brokerAddress = await App.ConnectionStringAsync(Broker);
        var schedulingDb = await App.ConnectionStringAsync("scheduling-db");
        var billingDb = await App.ConnectionStringAsync("billing-db");
        var clinicId = work.Clinic.ClinicId;

        using var stopWriting = new CancellationTokenSource();
        var rounds = 0;
        var writer = Task.Run(async () =>
        {
            // Each round runs to its end: a request is never cut short by the test, so every failure is the app's.
            while (!stopWriting.IsCancellationRequested)
            {
                await work.RoundAsync(Volatile.Read(ref rounds));
                Interlocked.Increment(ref rounds);
            }
        });

        try
        {
            await WhileWritingAsync(writer, () => Volatile.Read(ref rounds) >= 3, "three rounds of work with the broker up");
            await Eventually.UntilAsync(async () => (await DashboardFigures.ReadAsync(work.Client)).TotalAppointments > 0,
                "the first bookings to reach the dashboard", Convergence);

            await App.StopResourceAsync(Broker);
            Assert.False(await Amqp.AnswersAsync(brokerAddress), "The broker still answers after it was stopped.");
            var roundsAtStop = Volatile.Read(ref rounds);
            await WhileWritingAsync(writer, () => Volatile.Read(ref rounds) >= roundsAtStop + 6, "six rounds of work with the broker down");
            Assert.True(await Outbox.UnsentAsync(schedulingDb, clinicId) > 0,
                "Scheduling published every booking although the broker was down: the outage was not real.");
            Assert.True(await Outbox.UnsentAsync(billingDb, clinicId) > 0,
                "Billing published every payment although the broker was down: the outage was not real.");

            await App.StartResourceAsync(Broker);
            await Eventually.UntilAsync(() => Amqp.AnswersAsync(brokerAddress),
                $"the restarted broker to answer on its old address {brokerAddress} (now announced as {await App.ConnectionStringAsync(Broker)})",
                TimeSpan.FromSeconds(60));
            Assert.Equal(brokerAddress, await App.ConnectionStringAsync(Broker));
            var roundsAtStart = Volatile.Read(ref rounds);
            await WhileWritingAsync(writer, () => Volatile.Read(ref rounds) >= roundsAtStart + 3, "three rounds of work after the broker returned");
        }
        finally
        {
            await stopWriting.CancelAsync();
            await App.EnsureStartedAsync(Broker);
        }

        await writer.WaitAsync(WorkWait);
        output.WriteLine($"{Volatile.Read(ref rounds)} rounds, {work.Ledger.Changes} changes through the gateway; expected {work.Ledger.Expected()}");
        await work.ConvergedFiguresAsync(Convergence);
        await Eventually.UntilAsync(async () => await Outbox.UnsentAsync(schedulingDb, clinicId) == 0 && await Outbox.UnsentAsync(billingDb, clinicId) == 0,
            "scheduling's and billing's outboxes to be empty", Convergence);
        await App.WaitUntilHealthyAsync();
    }

    /// <summary>Waits until <paramref name="reached"/> while the writer works; a failed write fails the test at once.</summary>
    private static async Task WhileWritingAsync(Task writer, Func<bool> reached, string what)
    {
        await Eventually.UntilAsync(() => Task.FromResult(writer.IsCompleted || reached()), what, WorkWait);
        if (writer.IsCompleted)
        {
            await writer; // rethrows the failed write
            Assert.Fail($"The writer stopped before {what}.");
        }
    }
}
