using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// What the <see cref="OperationCases"/> are sent on: a clinic seeded with one of everything (<see cref="ClinicSeeder"/>),
/// who calls — its owner, a staff member in the doctor role, no one — and fresh records for the cases that use one up
/// (a delete, a cancel, a state change), so the cases do not depend on each other's order.
/// </summary>
public sealed class OperationScene
{
    public const string NewPassword = "Velvet-Orchard-Compass-58";

    private readonly WholeAppFixture app;
    private readonly Seeded seeded;
    private readonly Session staff;
    private int nextSlot;

    private OperationScene(WholeAppFixture app, Seeded seeded, Session staff)
    {
        this.app = app;
        this.seeded = seeded;
        this.staff = staff;
    }

    public SeededClinic Clinic => seeded.Clinic;

    public SignedUpClinic Owner => seeded.Owner;

    /// <summary>An id no record has.</summary>
    public static Guid Missing => Guid.CreateVersion7();

    /// <summary>The seeded doctor's hours: round the clock, every day.</summary>
    public static object AllDayWeek => WorkingHours.EveryDay("00:00", "24:00");

    /// <summary>The seeded clinic's reminder settings, as <see cref="ClinicSeeder"/> sets them.</summary>
    public static object ReminderSettings => new { leadTimesMinutes = new[] { 2880 }, defaultType = "sms", followUpAfterDays = 3, followUpType = "call" };

    /// <summary>`from=…&amp;to=…` over the seeded clinic's report range (dates).</summary>
    public string Range => Clinic.Resolve("{reportRange}");

    public static async Task<OperationScene> PrepareAsync(WholeAppFixture app)
    {
        var seeded = await ClinicSeeder.SeedAsync(app, "Docs");
        var staff = await AuthCalls.LoginAsync(GatewayClients.Create(app), seeded.Clinic.UserEmail, ClinicSeeder.StaffPassword);
        return new OperationScene(app, seeded, staff);
    }

    public Task<Answer> AsOwner(string method, string path, object? body = null, string? idempotencyKey = null, string? ifMatch = null) =>
        As(Owner.AccessToken, method, path, body, idempotencyKey, ifMatch);

    /// <summary>As the seeded staff member, a doctor: not allowed what only owners (or receptionists) may do.</summary>
    public Task<Answer> AsStaff(string method, string path, object? body = null) => As(staff.AccessToken, method, path, body);

    public Task<Answer> Anonymously(string method, string path, object? body = null) => As(null, method, path, body);

    public async Task<Answer> As(string? accessToken, string method, string path, object? body = null, string? idempotencyKey = null,
        string? ifMatch = null)
    {
        using var client = GatewayClients.Create(app, accessToken);
        return await client.SendAsync(method, path, body, ifMatch, idempotencyKey);
    }

    public static SignUpRequest NewSignUp(string? email = null)
    {
        var unique = Unique();
        return new SignUpRequest($"Clinic Docs {unique}", "Europe/Berlin", "EUR", "Olivia Owner",
            email ?? $"owner-{unique}@clinicops.test", WholeAppFixture.OwnerPassword);
    }

    /// <summary>A new sign-in of the owner (its own refresh token).</summary>
    public Task<Session> LoginAsOwnerAsync() => AuthCalls.LoginAsync(GatewayClients.Create(app), Owner.Email, Owner.Password);

    /// <summary>A new receptionist of the clinic, signed in: a session that may be ended or have its password changed.</summary>
    public async Task<Session> NewSessionAsync()
    {
        var (_, email) = await NewUserAsync();
        return await AuthCalls.LoginAsync(GatewayClients.Create(app), email, ClinicSeeder.StaffPassword);
    }

    /// <summary>Ends <paramref name="session"/>, sent with its own access token.</summary>
    public Task<Answer> LogoutAsync(Session session) =>
        As(session.AccessToken, "POST", "/api/auth/logout", new { session.RefreshToken });

    /// <summary>Wrong passwords for a new user until identity locks the email out (429 + Retry-After after five).</summary>
    public async Task<Answer> LockedOutLoginAsync()
    {
        var (_, email) = await NewUserAsync();
        var login = new { email, password = "Not-Dana's-Password-1" };
        var answer = await Anonymously("POST", "/api/auth/login", login);
        for (var attempt = 1; attempt < 10 && answer.Status == HttpStatusCode.Unauthorized; attempt++)
        {
            answer = await Anonymously("POST", "/api/auth/login", login);
        }

        return answer;
    }

    public async Task<(Guid Id, string Email)> NewUserAsync()
    {
        var email = $"staff-{Unique()}@clinicops.test";
        var user = await AsOwner("POST", "/api/users", new { name = "Rita Reception", email, password = ClinicSeeder.StaffPassword, role = "receptionist" });
        return (user.Expect(HttpStatusCode.Created).Id, email);
    }

    public async Task<Guid> NewDoctorAsync() =>
        (await AsOwner("POST", "/api/doctors", new { name = $"Dr {Unique()}", specialization = "General practice" })).Expect(HttpStatusCode.Created).Id;

    public async Task<Guid> NewPatientAsync() =>
        (await AsOwner("POST", "/api/patients", new { name = $"Pat {Unique()}", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created).Id;

    public async Task<Guid> NewAppointmentTypeAsync() =>
        (await AsOwner("POST", "/api/appointment-types", new { name = $"Type {Unique()}", durationMinutes = 20 })).Expect(HttpStatusCode.Created).Id;

    /// <summary>A free hour of the seeded doctor, days after the seeded appointments and long before their time off.</summary>
    public DateTimeOffset NextFreeSlot()
    {
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        return new DateTimeOffset(today, TimeSpan.Zero).AddDays(10).AddHours(Interlocked.Increment(ref nextSlot));
    }

    public object NewBooking(DateTimeOffset startsAt) =>
        new { doctorId = Clinic.DoctorId, patientId = Clinic.PatientId, startsAt, durationMinutes = 30 };

    public async Task<Guid> NewAppointmentAsync(DateTimeOffset? startsAt = null) =>
        (await AsOwner("POST", "/api/appointments", NewBooking(startsAt ?? NextFreeSlot()))).Expect(HttpStatusCode.Created).Id;

    /// <summary>Books a free slot, then the same slot again: the second booking overlaps the first.</summary>
    public async Task<Answer> DoubleBookingAsync()
    {
        var startsAt = NextFreeSlot();
        await NewAppointmentAsync(startsAt);
        return await AsOwner("POST", "/api/appointments", NewBooking(startsAt));
    }

    /// <summary>
    /// Marks a no-show on an appointment booked a few seconds ahead, once its start has passed (422 until then). The
    /// booking is sent again while its start slips into the past before scheduling reads it (a slow machine).
    /// </summary>
    public async Task<Answer> NoShowOfAStartedAppointmentAsync()
    {
        var booked = await Eventually.GetAsync(
            () => AsOwner("POST", "/api/appointments", NewBooking(TimeProvider.System.GetUtcNow().AddSeconds(5))),
            answer => answer.Status == HttpStatusCode.Created,
            "an appointment booked a few seconds ahead", TimeSpan.FromSeconds(60));
        return await Eventually.GetAsync(
            () => AsOwner("POST", $"/api/appointments/{booked.Id}/no-show"),
            answer => answer.Status != HttpStatusCode.UnprocessableEntity,
            "the appointment to have started", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(500));
    }

    public async Task<Guid> NewPendingPaymentAsync()
    {
        var payment = await AsOwner("POST", $"/api/appointments/{Clinic.PaidAppointmentId}/payments",
            new { amount = 5.00m, method = "card", status = "pending" }, $"docs-{Unique()}");
        return payment.Expect(HttpStatusCode.Created).Id;
    }

    /// <summary>A pending call reminder on a new appointment (once reminders has heard of the appointment: 404 before).</summary>
    public async Task<Guid> NewCallReminderAsync()
    {
        var startsAt = NextFreeSlot();
        var appointmentId = await NewAppointmentAsync(startsAt);
        var reminder = await Eventually.GetAsync(
            () => AsOwner("POST", $"/api/appointments/{appointmentId}/reminders", new { type = "call", sendAt = startsAt.AddHours(-2) }),
            answer => answer.Status != HttpStatusCode.NotFound,
            "reminders to know the new appointment", TimeSpan.FromSeconds(30));
        return reminder.Expect(HttpStatusCode.Created).Id;
    }

    public static string Unique() => Guid.CreateVersion7().ToString("N")[^10..];
}
