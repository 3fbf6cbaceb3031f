using System.Net;
using Aspire.Hosting.Testing;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using ClinicOps.Testing.Apps;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>
/// Every service, the gateway and the web app run as two instances (<c>ClinicOps:Replicas=2</c>), each pair behind one
/// address. Two front desks work at once; both outbox relays of each service publish, both consumers of each queue
/// handle, both reminder dispatchers send — and the clinic's figures come out exactly as if there were one of each, and
/// every reminder reaches the patient once.
/// </summary>
[Collection(TwoReplicaApp.Name)]
public sealed class TwoReplicaTests(TwoReplicaAppFixture fixture, ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Replicated = ["identity", "scheduling", "billing", "reminders", "analytics", "gateway", "web"];
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(120);
    private const int RoundsPerDesk = 10;
    private const int EmailReminders = 8;

    private readonly IDisposable logCapture = fixture.App.CaptureLogs(output);

    private WholeAppFixture App => fixture.App;

    [Fact]
    public async Task Two_front_desks_on_two_instances_of_everything_get_exact_figures_and_every_reminder_sent_once()
    {
        foreach (var name in Replicated)
        {
            Assert.Equal(2, await RunningInstancesAsync(name));
        }

        await WarmUpAsync();
        var desks = await Task.WhenAll(ClinicWorkload.StartAsync(App, "replica desk 1"), ClinicWorkload.StartAsync(App, "replica desk 2"));
        await Task.WhenAll(desks.Select(async desk =>
        {
            for (var round = 0; round < RoundsPerDesk; round++)
            {
                await desk.RoundAsync(round);
            }
        }));
        foreach (var desk in desks)
        {
            var figures = await desk.ConvergedFiguresAsync(Convergence);
            output.WriteLine($"{desk.Clinic.ClinicId}: {figures}");
        }

        var desk1 = desks[0];
        for (var i = 0; i < EmailReminders; i++)
        {
            var appointment = (await desk1.BookAsync()).Id;
            // Due soon after it is added, never before: a slow answer on two busy cores must not make sendAt a past time.
            var due = TimeProvider.System.GetUtcNow().AddSeconds(10);
            (await desk1.Client.SendAsync("POST", $"/api/appointments/{appointment}/reminders", new { type = "email", sendAt = due }))
                .Expect(HttpStatusCode.Created);
        }

        await Eventually.UntilAsync(async () => await SentEmailRemindersAsync(desk1.Client) == EmailReminders,
            "both dispatchers to send every email reminder", Convergence, TimeSpan.FromMilliseconds(500));
        var mailbox = new Mailbox(new HttpClient { BaseAddress = App.App.GetEndpoint("mailbox", "http") });
        var settledReads = 0;
        var subjects = await Eventually.GetAsync(() => mailbox.SubjectsToAsync("patient@clinicops.test"),
            received =>
            {
                // Reads in a row that see exactly one message per reminder: a second send would come in among them.
                settledReads = received.Count == EmailReminders ? settledReads + 1 : 0;
                return settledReads >= 5 || received.Count > EmailReminders;
            },
            $"the mailbox to hold {EmailReminders} messages", Convergence, TimeSpan.FromMilliseconds(500));
        Assert.Equal(EmailReminders, subjects.Count);
    }

    public void Dispose()
    {
        logCapture.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Twelve fresh instances on two cores answer their first writes slower than the request deadline while they compile
    /// and fill their pools; this test is about what two instances do, not about a cold start (benchmark figure 6). A
    /// clinic of its own reads and writes through every service a few times (the proxy takes turns between instances),
    /// whatever the answers.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var warm = await App.SignUpClinicAsync($"Warm-up {Guid.CreateVersion7().ToString("N")[^8..]}");
        string[] reads = ["/api/doctors", "/api/patients", "/api/appointments", "/api/payments", "/api/reminders", "/api/dashboard", "/api/users"];
        for (var round = 0; round < 6; round++)
        {
            await warm.Client.SendAsync("POST", "/api/doctors", new { name = $"Dr Warm {round}", specialization = "General practice" });
            foreach (var path in reads)
            {
                await warm.Client.ReadAsync(path);
            }
        }
    }

    private static async Task<long> SentEmailRemindersAsync(HttpClient owner) =>
        (await owner.ReadAsync("/api/reminders?type=email&status=sent")).Expect(HttpStatusCode.OK).Json.GetProperty("totalCount").GetInt64();

    /// <summary>The instances of <paramref name="resource"/> the orchestrator shows running.</summary>
    private async Task<int> RunningInstancesAsync(string resource)
    {
        var running = new HashSet<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await foreach (var change in App.App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (change.Resource.Name == resource && change.Snapshot.State?.Text == "Running")
                {
                    running.Add(change.ResourceId);
                    if (running.Count >= 2)
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return running.Count;
    }
}
