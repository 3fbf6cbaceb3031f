using System.Net.Http.Headers;
using System.Text;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>The victim: a seeded clinic, its owner's and a doctor's clients, and ways to send attacks at it.</summary>
public sealed class AttackTarget
{
    private readonly WholeAppFixture app;

    private AttackTarget(WholeAppFixture app, Seeded seeded, Session doctor)
    {
        this.app = app;
        Clinic = seeded.Clinic;
        OwnerEmail = seeded.Owner.Email;
        OwnerPassword = seeded.Owner.Password;
        OwnerSignUpRefreshToken = seeded.Owner.RefreshToken;
        Owner = GatewayClients.Create(app, seeded.Owner.AccessToken);
        Doctor = GatewayClients.Create(app, doctor.AccessToken);
        Anonymous = GatewayClients.Create(app);
    }

    public SeededClinic Clinic { get; }

    public string OwnerEmail { get; }

    public string OwnerPassword { get; }

    /// <summary>The refresh token the owner got at sign-up (the start of that session's chain).</summary>
    public string OwnerSignUpRefreshToken { get; }

    public HttpClient Owner { get; }

    /// <summary>A real staff user of the clinic with the doctor role, logged in through the API.</summary>
    public HttpClient Doctor { get; }

    public HttpClient Anonymous { get; }

    public Uri Gateway => app.Gateway.BaseAddress!;

    public static async Task<AttackTarget> CreateAsync(WholeAppFixture app)
    {
        var seeded = await ClinicSeeder.SeedAsync(app, "Victim");
        var doctor = await AuthCalls.LoginAsync(GatewayClients.Create(app), seeded.Clinic.UserEmail, ClinicSeeder.StaffPassword);
        return new AttackTarget(app, seeded, doctor);
    }

    public HttpClient As(string token) => GatewayClients.Create(app, token);

    public Task<ClinicSnapshot> SnapshotAsync() => ClinicSnapshot.TakeAsync(Owner, Clinic.ListPaths);

    public static Task<AttackAnswer> Json(HttpClient client, string method, string path, object? body = null, Action<HttpRequestMessage>? configure = null) =>
        AttackAnswer.FromAsync(client.SendJsonAsync(method, path, body, configure));

    /// <summary>A body sent exactly as given, with the given media type (or none).</summary>
    public static Task<AttackAnswer> Text(HttpClient client, string method, string path, string body, string? mediaType = "application/json",
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);
        configure?.Invoke(request);
        return AttackAnswer.FromAsync(client.SendAsync(request));
    }

    /// <summary>A payment body that would be valid, on the clinic's appointment that already has payments.</summary>
    public string PaymentsPath => $"/api/appointments/{Clinic.PaidAppointmentId}/payments";

    public static object ValidPatient() => new { name = "Eve Intruder", phone = Phones.NewE164() };

    public static object ValidDoctor() => new { name = "Dr Intruder", specialization = "Forgery" };

    public static string NewKey() => $"attack-{Guid.CreateVersion7():N}";
}
