using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>
/// A staff client uses what it has just created: a booking answered 201 takes a reminder and a payment at once, although
/// reminders and billing hear of the booking only through the broker. With the broker down no event arrives at all, so
/// every reminder and payment is one that reminders and billing accept by asking scheduling; once the broker is back the
/// events take over and everything converges. Likewise scheduling asks identity about a user or a clinic created a moment ago.
/// </summary>
public sealed class ReadYourWritesTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private const string Broker = "rabbitmq";
    private const int Iterations = 200;
    private const int Clients = 4;
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_reminder_and_a_payment_right_after_booking_succeed_200_times_while_the_broker_is_down()
    {
        await App.WaitUntilHealthyAsync();
        var work = await ClinicWorkload.StartAsync(App, "read your writes");
        var booked = new List<(Guid Appointment, Guid Reminder)>();

        await App.StopResourceAsync(Broker);
        try
        {
            // A few front desks at once, each booking and then at once adding a reminder and taking a payment.
            await Parallel.ForEachAsync(Enumerable.Range(0, Iterations), new ParallelOptions { MaxDegreeOfParallelism = Clients },
                async (i, ct) =>
                {
                    var appointment = (await work.BookAsync(ct)).Id;
                    var reminder = await work.AddReminderAsync(appointment, ct);
                    await work.PayAsync(appointment, 10m + i, "paid", ct);
                    lock (booked)
                    {
                        booked.Add((appointment, reminder));
                    }
                });
        }
        finally
        {
            await App.EnsureStartedAsync(Broker);
        }

        Assert.Equal(Iterations, booked.Count);
        // The events take over from what was fetched: each appointment gains its automatic reminder beside the one
        // added by hand, and the dashboard shows every booking and payment exactly once.
        await work.ConvergedFiguresAsync(Convergence);
        foreach (var (appointment, reminder) in booked)
        {
            var reminders = await Eventually.GetAsync(
                async () => (await work.Client.ReadAsync($"/api/appointments/{appointment}/reminders")).Expect(HttpStatusCode.OK).Json,
                list => list.GetArrayLength() == 2,
                $"appointment {appointment} to hold its own reminder and the automatic one", Convergence);
            Assert.Contains(reminders.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminder && r.GetProperty("status").GetString() == "pending");
        }

        await App.WaitUntilHealthyAsync();
    }

    [Fact]
    public async Task A_doctor_is_linked_to_a_user_created_a_moment_before_while_the_broker_is_down()
    {
        await App.WaitUntilHealthyAsync();
        var clinic = await App.SignUpClinicAsync($"Linking {Guid.CreateVersion7().ToString("N")[^8..]}");
        var other = await App.SignUpClinicAsync($"Other {Guid.CreateVersion7().ToString("N")[^8..]}");

        await App.StopResourceAsync(Broker);
        try
        {
            // Scheduling hears of no user while the broker is down: each link is one it accepts by asking identity.
            for (var i = 0; i < 4; i++)
            {
                var user = await NewUserAsync(clinic, $"Dr Linked {i}");
                var doctor = (await clinic.Client.SendAsync("POST", "/api/doctors",
                    new { name = $"Dr Linked {i}", specialization = "General practice", userId = user })).Expect(HttpStatusCode.Created);
                Assert.Equal(user, doctor.Json.GetProperty("userId").GetGuid());
            }

            var stranger = await NewUserAsync(other, "Dr Elsewhere");
            (await clinic.Client.SendAsync("POST", "/api/doctors", new { name = "Dr Elsewhere", specialization = "General practice", userId = stranger }))
                .Expect(HttpStatusCode.BadRequest);
        }
        finally
        {
            await App.EnsureStartedAsync(Broker);
        }

        await App.WaitUntilHealthyAsync();
    }

    [Fact]
    public async Task A_clinic_that_signs_up_while_the_broker_is_down_takes_its_first_patient_hours_and_booking_at_once()
    {
        await App.WaitUntilHealthyAsync();

        await App.StopResourceAsync(Broker);
        try
        {
            // ClinicRegistered waits in identity's outbox: scheduling learns the clinic's time zone and slot step by
            // asking identity, so a national number is read in the clinic's country and the hours on its wall clock.
            var clinic = await App.SignUpClinicAsync($"Brand new {Guid.CreateVersion7().ToString("N")[^8..]}", timeZone: "Europe/London", currency: "GBP");
            var patient = (await clinic.Client.SendAsync("POST", "/api/patients", new { name = "Nora New", phone = "020 7946 0018" }))
                .Expect(HttpStatusCode.Created);
            var doctor = (await clinic.Client.SendAsync("POST", "/api/doctors", new { name = "Dr First", specialization = "General practice" }))
                .Expect(HttpStatusCode.Created).Id;
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime).AddDays(2);
            (await clinic.Client.SendAsync("PUT", $"/api/doctors/{doctor}/working-hours", WorkingHours.EveryDay("09:00", "10:00")))
                .Expect(HttpStatusCode.OK);

            var slots = (await clinic.Client.ReadAsync($"/api/availability?doctorId={doctor}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&durationMinutes=30"))
                .Expect(HttpStatusCode.OK).Json.GetProperty("items");
            var firstSlot = slots[0].GetProperty("startsAt").GetDateTimeOffset();
            (await clinic.Client.SendAsync("POST", "/api/appointments", new { doctorId = doctor, patientId = patient.Id, startsAt = firstSlot, durationMinutes = 30 }))
                .Expect(HttpStatusCode.Created);

            Assert.Equal("+442079460018", patient.Json.GetProperty("phone").GetString());
            Assert.Equal(3, slots.GetArrayLength()); // 09:00, 09:15, 09:30 on the default 15-minute step
            Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(firstSlot, London).DateTime));
        }
        finally
        {
            await App.EnsureStartedAsync(Broker);
        }

        await App.WaitUntilHealthyAsync();
    }

    private static TimeZoneInfo London => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static async Task<Guid> NewUserAsync(SignedUpClinic clinic, string name) =>
        (await clinic.Client.SendAsync("POST", "/api/users", new
        {
            name, email = $"{Guid.CreateVersion7():N}@clinicops.test", password = WholeAppFixture.OwnerPassword, role = "doctor",
        })).Expect(HttpStatusCode.Created).Id;
}
