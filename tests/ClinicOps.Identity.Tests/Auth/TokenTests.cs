using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Identity.Tests.Auth;

[Collection(IdentityCollection.Name)]
public sealed class TokenTests(IdentityFactory factory)
{
    [Fact]
    public async Task The_access_token_is_ES256_with_the_expected_claims_and_lasts_15_minutes()
    {
        var clinic = await factory.SignUpAsync();

        var token = new JsonWebToken(clinic.Session.AccessToken);

        Assert.Equal("ES256", token.Alg);
        Assert.Equal(clinic.OwnerId.ToString(), token.Subject);
        Assert.Equal(clinic.ClinicId.ToString(), token.GetClaim("clinic_id").Value);
        Assert.Equal("owner", token.GetClaim("role").Value);
        Assert.Equal(TestTokens.Issuer, token.Issuer);
        Assert.Equal([TestTokens.Audience], token.Audiences);
        Assert.True(Guid.TryParse(token.Id, out _));
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
        Assert.Equal(900, clinic.Session.ExpiresIn);
    }

    [Fact]
    public async Task The_JWKS_publishes_the_key_that_verifies_the_tokens()
    {
        var clinic = await factory.SignUpAsync();

        var json = await factory.CreateClient().GetStringAsync("/.well-known/jwks.json");
        var keys = new JsonWebKeySet(json);

        var key = Assert.Single(keys.Keys);
        Assert.Equal("EC", key.Kty);
        Assert.Equal("P-256", key.Crv);
        Assert.Null(key.D); // never the private half
        Assert.Equal(new JsonWebToken(clinic.Session.AccessToken).Kid, key.Kid);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(clinic.Session.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = TestTokens.Issuer,
            ValidAudience = TestTokens.Audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidAlgorithms = ["ES256"],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task Refresh_rotates_the_pair_and_the_old_refresh_token_stops_working()
    {
        var clinic = await factory.SignUpAsync();

        var refreshed = await factory.RefreshAsync(clinic.Session.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var next = (await refreshed.Content.ReadFromJsonAsync<AuthResponse>())!;

        Assert.NotEqual(clinic.Session.RefreshToken, next.RefreshToken);
        Assert.Equal(clinic.Session.User, next.User);
        Assert.Equal(clinic.Session.Clinic, next.Clinic);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(next).GetAsync("/api/me")).StatusCode);
        await (await factory.RefreshAsync(clinic.Session.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Presenting_a_rotated_refresh_token_again_revokes_the_whole_chain()
    {
        var clinic = await factory.SignUpAsync();
        var stolen = clinic.Session.RefreshToken;
        var second = await RefreshOkAsync(stolen);
        var third = await RefreshOkAsync(second.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(stolen)).StatusCode);

        // The legitimate holder's newest token is revoked too: both must sign in again.
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(third.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Reuse_detection_leaves_other_sessions_of_the_user_alone()
    {
        var clinic = await factory.SignUpAsync();
        var otherDevice = await factory.LoginOkAsync(clinic.Email);
        await RefreshOkAsync(clinic.Session.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(clinic.Session.RefreshToken)).StatusCode);

        await RefreshOkAsync(otherDevice.RefreshToken);
    }

    [Fact]
    public async Task Two_refreshes_racing_with_one_token_never_both_succeed()
    {
        var clinic = await factory.SignUpAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.RefreshAsync(clinic.Session.RefreshToken)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Unauthorized }));
    }

    [Fact]
    public async Task When_two_refreshes_with_one_token_interleave_the_loser_revokes_the_chain()
    {
        var clinic = await factory.SignUpAsync();
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(clinic.Session.RefreshToken));
        await using var connection = new Npgsql.NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockRow = new Npgsql.NpgsqlCommand("SELECT 1 FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.Add(new Npgsql.NpgsqlParameter { Value = hash });
            await lockRow.ExecuteNonQueryAsync();
        }

        // Both requests read the token, then queue behind the lock to rotate it.
        var racing = Enumerable.Range(0, 2).Select(_ => factory.RefreshAsync(clinic.Session.RefreshToken)).ToList();
        await WaitForBlockedUpdatesAsync(2);
        await transaction.CommitAsync();
        var answers = await Task.WhenAll(racing);

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Unauthorized);
        var winnersToken = (await winner.Content.ReadFromJsonAsync<AuthResponse>())!.RefreshToken;
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(winnersToken)).StatusCode);
    }

    private Task WaitForBlockedUpdatesAsync(int count) =>
        Eventually.UntilAsync(async () => (await factory.QueryAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE%refresh_tokens%'"))[0] >= count,
            "the refreshes to queue behind the lock", TimeSpan.FromSeconds(8));

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_refresh_token_answers_401(string refreshToken)
    {
        await (await factory.RefreshAsync(refreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_refresh_token_answers_401()
    {
        var clinic = await factory.SignUpAsync();
        await factory.ExecuteAsync("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", clinic.OwnerId);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(clinic.Session.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        var clinic = await factory.SignUpAsync();

        var stored = await factory.QueryAsync<byte[]>("SELECT token_hash FROM refresh_tokens WHERE user_id = $1", clinic.OwnerId);

        var hash = Assert.Single(stored);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(clinic.Session.RefreshToken)), hash);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        var clinic = await factory.SignUpAsync();

        var logout = await factory.ClientFor(clinic.Session).PostAsJsonAsync("/api/auth/logout", new { refreshToken = clinic.Session.RefreshToken });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(clinic.Session.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Logout_needs_an_access_token()
    {
        var clinic = await factory.SignUpAsync();

        var logout = await factory.CreateClient().PostAsJsonAsync("/api/auth/logout", new { refreshToken = clinic.Session.RefreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, logout.StatusCode);
        await RefreshOkAsync(clinic.Session.RefreshToken);
    }

    [Fact]
    public async Task Nobody_can_log_out_another_users_session()
    {
        var victim = await factory.SignUpAsync();
        var attacker = await factory.SignUpAsync();

        var logout = await factory.ClientFor(attacker.Session).PostAsJsonAsync("/api/auth/logout", new { refreshToken = victim.Session.RefreshToken });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await RefreshOkAsync(victim.Session.RefreshToken);
    }

    [Fact]
    public async Task A_role_change_ends_the_users_sessions_and_the_next_sign_in_carries_the_new_role()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var doctor = await owner.AddUserAsync("doctor");
        var doctorSession = await factory.LoginOkAsync(doctor.Email);
        var promote = await owner.PatchAsJsonAsync($"/api/users/{doctor.Id}", new { role = "owner" });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);

        await (await factory.RefreshAsync(doctorSession.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.ClientFor(doctorSession).GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Forbidden);
        var signedIn = await factory.LoginOkAsync(doctor.Email);

        Assert.Equal("owner", new JsonWebToken(signedIn.AccessToken).GetClaim("role").Value);
        Assert.Equal("owner", signedIn.User.Role);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(signedIn).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_answers_carry_no_password_hash()
    {
        var clinic = await factory.SignUpAsync();

        var json = await (await factory.LoginAsync(clinic.Email, clinic.Password)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("hash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("$2", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["id", "name", "email", "role"], document.RootElement.GetProperty("user").EnumerateObject().Select(p => p.Name));
    }

    private async Task<AuthResponse> RefreshOkAsync(string refreshToken)
    {
        var response = await factory.RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
    }
}
