using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Sessions;

/// <summary>
/// Removing a user, changing their role or password, and signing out everywhere take effect on their tokens at every
/// service within seconds (each service learns it from identity's events), and owner actions at once.
/// </summary>
public sealed class SessionRevocationTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    /// <summary>A read of each service.</summary>
    private static readonly (string Method, string Path)[] OneReadPerService =
        [("GET", "/api/me"), ("GET", "/api/doctors"), ("GET", "/api/payments"), ("GET", "/api/reminders"), ("GET", "/api/dashboard")];

    [Fact]
    public async Task A_removed_users_token_answers_401_on_every_route_within_5_seconds()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var (user, session) = await AddStaffAsync(clinic, "receptionist");
        var staff = GatewayClients.Create(App, session.AccessToken);
        await EveryRoute.AnswerWithinAsync(staff, OneReadPerService, HttpStatusCode.OK, TimeProvider.System.GetUtcNow() + Within);

        await clinic.Client.SendJsonAsync("DELETE", $"/api/users/{user}").ExpectJsonAsync(HttpStatusCode.NoContent);

        await EveryRoute.AnswerWithinAsync(staff, EveryRoute.NeedingAToken, HttpStatusCode.Unauthorized, TimeProvider.System.GetUtcNow() + Within);
    }

    [Fact]
    public async Task A_demoted_owners_token_answers_403_on_owner_routes_at_once_and_cannot_take_the_clinic_back()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var (second, session) = await AddStaffAsync(clinic, "owner");
        var demoted = GatewayClients.Create(App, session.AccessToken);

        await clinic.Client.SendJsonAsync("PATCH", $"/api/users/{second}", new { role = "receptionist" }).ExpectJsonAsync(HttpStatusCode.OK);

        (string, string, object?)[] ownerRoutes =
        [
            ("PATCH", $"/api/users/{second}", new { role = "owner" }),
            ("POST", "/api/users", new { name = "New Owner", email = $"new-{Guid.CreateVersion7():N}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "owner" }),
            ("DELETE", $"/api/users/{clinic.OwnerId}", null),
            ("PATCH", "/api/clinics/current", new { clinicName = "Taken back" }),
            ("GET", "/api/users", null),
        ];
        foreach (var (method, path, body) in ownerRoutes)
        {
            using var response = await demoted.SendJsonAsync(method, path, body);
            await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        var staff = await clinic.Client.GetOkAsync("/api/users?pageSize=100");
        Assert.Equal(["owner", "receptionist"], staff.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("role").GetString()).Order());
        Assert.Equal(clinic.ClinicId, (await clinic.Client.GetOkAsync("/api/me")).GetProperty("clinic").Id());
        // The owner routes of the other services follow within seconds, once their copy of the user's access is updated.
        await EveryRoute.AnswerWithinAsync(demoted, [("POST", $"/api/payments/{Guid.CreateVersion7()}/refund"), ("PUT", "/api/reminders/settings")],
            HttpStatusCode.Forbidden, TimeProvider.System.GetUtcNow() + Within);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_at_every_service_within_5_seconds()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var other = await AuthCalls.LoginAsync(GatewayClients.Create(App), clinic.Email, clinic.Password);

        await clinic.Client.SendJsonAsync("POST", "/api/me/password", new { currentPassword = clinic.Password, newPassword = "Velvet-Orchard-Compass-58" })
            .ExpectJsonAsync(HttpStatusCode.NoContent);

        await EveryRoute.AnswerWithinAsync(GatewayClients.Create(App, other.AccessToken), OneReadPerService, HttpStatusCode.Unauthorized,
            TimeProvider.System.GetUtcNow() + Within);
        await EveryRoute.AnswerWithinAsync(clinic.Client, OneReadPerService, HttpStatusCode.OK, TimeProvider.System.GetUtcNow() + Within);
        using var refresh = await AuthCalls.PostAsync(GatewayClients.Create(App), "/api/auth/refresh", new { refreshToken = other.RefreshToken });
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_at_every_service_within_5_seconds()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var other = await AuthCalls.LoginAsync(GatewayClients.Create(App), clinic.Email, clinic.Password);

        using var signedOut = await AuthCalls.PostAsync(clinic.Client, "/api/auth/logout-all", null);
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);

        foreach (var token in new[] { clinic.AccessToken, other.AccessToken })
        {
            await EveryRoute.AnswerWithinAsync(GatewayClients.Create(App, token), OneReadPerService, HttpStatusCode.Unauthorized,
                TimeProvider.System.GetUtcNow() + Within);
        }

        foreach (var refreshToken in new[] { clinic.RefreshToken, other.RefreshToken })
        {
            using var refresh = await AuthCalls.PostAsync(GatewayClients.Create(App), "/api/auth/refresh", new { refreshToken });
            await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    /// <summary>A staff user added by the clinic's owner, and their own session.</summary>
    private async Task<(Guid User, Session Session)> AddStaffAsync(SignedUpClinic clinic, string role)
    {
        var email = $"{role}-{Guid.CreateVersion7():N}@clinicops.test";
        var user = await clinic.Client.PostCreatedAsync("/api/users", new { name = $"Sam {role}", email, password = ClinicSeeder.StaffPassword, role });
        return (user.Id(), await AuthCalls.LoginAsync(GatewayClients.Create(App), email, ClinicSeeder.StaffPassword));
    }
}
