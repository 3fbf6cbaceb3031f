using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Attacks;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Leaks;

/// <summary>
/// Runs every flow that handles a password or a refresh token (sign-up, staff creation, logins right and wrong, rotation,
/// replay, a refused weak password, a broken body carrying a password, logout) with secrets known to the test, then
/// scans every answer and the app's log for them, for bcrypt hashes and for stack traces.
/// </summary>
public sealed class SecretLeakTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private readonly LogRecorder log = new(output);

    [Fact]
    public async Task No_answer_or_log_line_shows_a_password_a_password_hash_a_refresh_token_or_a_stack_trace()
    {
        using var capture = App.CaptureLogs(log);
        var exchanges = new ExchangeLog();
        var anonymous = GatewayClients.Create(App, log: exchanges);
        var probe = Guid.CreateVersion7().ToString("N")[^12..];
        var email = $"leak-{probe}@clinicops.test";
        var staffEmail = $"leak-staff-{probe}@clinicops.test";
        string[] passwords =
        [
            $"Leak-Probe-{probe}-Owner!", $"Leak-Probe-{probe}-Staff!", $"Leak-Probe-{probe}-Wrong!", "Kw!zP#",
            WholeAppFixture.OwnerPassword, ClinicSeeder.StaffPassword,
        ];
        var (ownerPassword, staffPassword, wrongPassword, weakPassword) = (passwords[0], passwords[1], passwords[2], passwords[3]);

        using var signingUp = await AuthCalls.PostAsync(anonymous, "/api/clinics", new
        {
            clinicName = $"Clinic Leak {probe}", timeZone = "Europe/Berlin", currency = "EUR", ownerName = "Lea Leak", email, password = ownerPassword,
        });
        var signUp = AuthCalls.ToSession(await signingUp.ExpectJsonAsync(HttpStatusCode.Created));
        var owner = GatewayClients.Create(App, signUp.AccessToken, exchanges);
        var staff = await owner.PostCreatedAsync("/api/users", new { name = "Sam Staff", email = staffEmail, password = staffPassword, role = "receptionist" });
        var login = await AuthCalls.LoginAsync(anonymous, email, ownerPassword);
        var staffLogin = await AuthCalls.LoginAsync(anonymous, staffEmail, staffPassword);
        using var wrongLogin = await AuthCalls.PostAsync(anonymous, "/api/auth/login", new { email, password = wrongPassword });
        var rotated = await AuthCalls.RefreshAsync(anonymous, login.RefreshToken);
        using var replay = await AuthCalls.PostAsync(anonymous, "/api/auth/refresh", new { refreshToken = login.RefreshToken });
        using var weak = await owner.SendJsonAsync("POST", "/api/users", new { name = "Wes Weak", email = $"weak-{probe}@clinicops.test", password = weakPassword, role = "doctor" });
        var broken = await AttackTarget.Text(anonymous, "POST", "/api/auth/login", $$"""{"email": "{{email}}", "password": "{{ownerPassword}}" """);
        await owner.GetOkAsync("/api/users");
        await owner.GetOkAsync($"/api/users/{staff.Id()}");
        await owner.GetOkAsync("/api/me");
        var staffClient = GatewayClients.Create(App, staffLogin.AccessToken, exchanges);
        using var logout = await staffClient.SendJsonAsync("POST", "/api/auth/logout", new { refreshToken = staffLogin.RefreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(400, broken.Status);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        string[] refreshTokens = [signUp.RefreshToken, login.RefreshToken, staffLogin.RefreshToken, rotated.RefreshToken];

        // Identity's audit line of the logout names the clinic: once it is in, the flows' log lines are.
        await WaitForLogLineAsync(signUp.ClinicId.ToString(), "logout");
        var file = await AppLogFile.FindAsync(signUp.ClinicId.ToString(), TimeSpan.FromSeconds(5));
        var findings = LeakScan.InAnswers(exchanges.All, passwords, refreshTokens)
            .Concat(LeakScan.InLog("the log while the flows ran", log.Lines, passwords, refreshTokens))
            .Concat(StackTraces.InLog(log.Lines).Select(frame => $"the log while the flows ran shows a stack frame of our code: {frame}"))
            .Concat(file is { } found ? LeakScan.InLog($"the app's log file {found.Path}", found.Lines, passwords, refreshTokens) : ["the app's log file was not found"])
            .Distinct()
            .ToList();

        Assert.Empty(findings);
    }

    private Task WaitForLogLineAsync(string first, string second) =>
        Eventually.UntilAsync(
            () => Task.FromResult(log.Lines.Any(l => l.Contains(first, StringComparison.Ordinal) && l.Contains(second, StringComparison.Ordinal))),
            $"a log line with '{first}' and '{second}'", TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
}
