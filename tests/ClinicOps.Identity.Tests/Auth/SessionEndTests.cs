using System.Net;
using System.Net.Http.Json;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ClinicOps.Identity.Tests.Auth;

/// <summary>A new password and "sign out everywhere" end sessions at once: refresh tokens and access tokens alike.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SessionEndTests(IdentityFactory factory)
{
    private const string NewPassword = "Velvet-Orchard-Compass-58";

    [Fact]
    public async Task Tokens_carry_their_sign_in_and_the_users_session_version()
    {
        var clinic = await factory.SignUpAsync();

        var token = new JsonWebToken(clinic.Session.AccessToken);

        Assert.True(Guid.TryParse(token.GetClaim("sid").Value, out _));
        Assert.Equal("0", token.GetClaim("sv").Value);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_and_keeps_this_one()
    {
        var clinic = await factory.SignUpAsync();
        var other = await factory.LoginOkAsync(clinic.Email);
        var current = factory.ClientFor(clinic.Session);

        var changed = await current.PostAsJsonAsync("/api/me/password", new { currentPassword = clinic.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await current.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.RefreshAsync(clinic.Session.RefreshToken)).StatusCode);
        await (await factory.ClientFor(other).GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.RefreshAsync(other.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.LoginAsync(clinic.Email, clinic.Password)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(clinic.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_answers_400_on_currentPassword_and_changes_nothing()
    {
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).PostAsJsonAsync("/api/me/password",
            new { currentPassword = "Not-My-Password-77", newPassword = NewPassword });

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["currentPassword"], problem.Errors.Keys);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(clinic.Email, clinic.Password)).StatusCode);
    }

    [Theory]
    [InlineData("password123", "too easy to guess")]
    [InlineData("Summer2024!", "too easy to guess")]
    [InlineData("Ann-Owner-Velvet-58", "your name")]
    public async Task A_weak_new_password_answers_400_on_newPassword_saying_why(string newPassword, string reason)
    {
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).PostAsJsonAsync("/api/me/password",
            new { currentPassword = clinic.Password, newPassword });

        var problem = await response.ValidationProblemAsync();
        Assert.Contains(reason, Assert.Single(problem.Errors["newPassword"]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(clinic.Email, clinic.Password)).StatusCode);
    }

    [Fact]
    public async Task Guessing_the_current_password_counts_towards_the_lockout()
    {
        var clinic = await factory.SignUpAsync();
        var client = factory.ClientFor(clinic.Session);
        for (var guess = 1; guess <= 5; guess++)
        {
            var wrong = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = $"Guess-{guess}-Wrong", newPassword = NewPassword });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = clinic.Password, newPassword = NewPassword });

        await locked.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(locked.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Signing_out_everywhere_revokes_every_refresh_token_and_refuses_every_access_token()
    {
        var clinic = await factory.SignUpAsync();
        var other = await factory.LoginOkAsync(clinic.Email);
        var current = factory.ClientFor(clinic.Session);

        var response = await current.PostAsync("/api/auth/logout-all", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        foreach (var session in new[] { clinic.Session, other })
        {
            await (await factory.ClientFor(session).GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
            await (await factory.RefreshAsync(session.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var again = await factory.LoginOkAsync(clinic.Email);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(again).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_removed_users_token_answers_401_at_once()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var receptionist = await owner.AddUserAsync("receptionist");
        var session = await factory.LoginOkAsync(receptionist.Email);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(session).GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/users/{receptionist.Id}")).StatusCode);

        await (await factory.ClientFor(session).GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.ClientFor(session).PostAsync("/api/auth/logout-all", null)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_needs_a_token()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/me/password", new { currentPassword = "x", newPassword = NewPassword });

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Renewed_sessions_carry_the_new_session_version()
    {
        var clinic = await factory.SignUpAsync();
        var current = factory.ClientFor(clinic.Session);
        await current.PostAsJsonAsync("/api/me/password", new { currentPassword = clinic.Password, newPassword = NewPassword });

        var refreshed = (await (await factory.RefreshAsync(clinic.Session.RefreshToken)).Content.ReadFromJsonAsync<AuthResponse>())!;

        Assert.Equal("1", new JsonWebToken(refreshed.AccessToken).GetClaim("sv").Value);
        Assert.Equal(new JsonWebToken(clinic.Session.AccessToken).GetClaim("sid").Value, new JsonWebToken(refreshed.AccessToken).GetClaim("sid").Value);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(refreshed).GetAsync("/api/me")).StatusCode);
    }
}
