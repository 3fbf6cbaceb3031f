using System.Net.Http.Json;
using ClinicOps.Identity.Tests.Infrastructure;

namespace ClinicOps.Identity.Tests.Auth;

/// <summary>Security events are logged with clinic, user and trace id — and never a password or token.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AuditTests(IdentityFactory factory)
{
    [Fact]
    public async Task Sign_up_login_failure_and_user_changes_are_audited_with_clinic_user_and_trace()
    {
        var clinic = await factory.SignUpAsync();
        await factory.LoginAsync(clinic.Email, "Wrong-Horse-42");
        await factory.LoginOkAsync(clinic.Email);
        var doctor = await factory.ClientFor(clinic.Session).AddUserAsync("doctor");

        var audit = AuditOf(clinic.ClinicId);

        Assert.Equal(["clinic.signed_up", "login.failed", "login.succeeded", "user.created"], audit.Select(a => a.Values["Event"]));
        Assert.All(audit, a => Assert.False(string.IsNullOrEmpty(a.Values["TraceId"])));
        Assert.Equal(clinic.OwnerId.ToString(), audit[0].Values["UserId"]);
        Assert.Contains(doctor.Id.ToString(), audit[3].Values["Subject"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_token_reuse_is_audited()
    {
        var clinic = await factory.SignUpAsync();
        await factory.RefreshAsync(clinic.Session.RefreshToken);
        await factory.RefreshAsync(clinic.Session.RefreshToken);

        Assert.Contains(AuditOf(clinic.ClinicId), a => a.Values["Event"] == "token.reuse_detected");
    }

    [Fact]
    public async Task Lockouts_of_unknown_emails_are_audited()
    {
        var email = Requests.UniqueEmail("nobody");
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await factory.LoginAsync(email, Requests.Password);
        }

        Assert.Contains(factory.Logs.Entries, a => a.Values.GetValueOrDefault("Event") == "login.locked_out" && a.Values["Subject"] == email);
    }

    [Fact]
    public async Task No_log_line_ever_holds_a_password_hash_or_token()
    {
        var password = $"Secret-{Guid.NewGuid():N}"[..30];
        var email = Requests.UniqueEmail();
        var signUp = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(email, password));
        var session = (await signUp.Content.ReadFromJsonAsync<ClinicOps.Identity.Dtos.AuthResponse>())!;
        await factory.LoginAsync(email, password + "x");
        var login = await factory.LoginOkAsync(email, password);
        await factory.RefreshAsync(login.RefreshToken);
        var hash = (await factory.QueryAsync<string>("SELECT password_hash FROM users WHERE email = $1", email))[0];

        var secrets = new[] { password, hash, session.AccessToken, session.RefreshToken, login.AccessToken, login.RefreshToken };
        Assert.All(factory.Logs.Entries, entry => Assert.All(secrets, secret =>
        {
            Assert.DoesNotContain(secret, entry.Message, StringComparison.Ordinal);
            Assert.All(entry.Values.Values, value => Assert.DoesNotContain(secret, value ?? "", StringComparison.Ordinal));
        }));
    }

    private List<CapturedLog> AuditOf(Guid clinicId) =>
        factory.Logs.Entries
            .Where(e => e.Values.ContainsKey("Event") && e.Values.GetValueOrDefault("ClinicId") == clinicId.ToString())
            .ToList();
}
