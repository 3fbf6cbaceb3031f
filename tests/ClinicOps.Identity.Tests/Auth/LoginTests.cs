using System.Net;
using ClinicOps.Identity.Tests.Infrastructure;

namespace ClinicOps.Identity.Tests.Auth;

[Collection(IdentityCollection.Name)]
public sealed class LoginTests(IdentityFactory factory)
{
    [Fact]
    public async Task Wrong_password_and_unknown_email_give_identical_problems()
    {
        var clinic = await factory.SignUpAsync();

        var wrongPassword = await (await factory.LoginAsync(clinic.Email, "Wrong-Horse-42")).ProblemAsync(HttpStatusCode.Unauthorized);
        var unknownEmail = await (await factory.LoginAsync(Requests.UniqueEmail("nobody"), clinic.Password)).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword.Status, unknownEmail.Status);
        Assert.Equal(wrongPassword.Title, unknownEmail.Title);
        Assert.Equal(wrongPassword.Detail, unknownEmail.Detail);
        Assert.Equal(wrongPassword.Type, unknownEmail.Type);
        Assert.Equal("The email or password is incorrect.", unknownEmail.Detail);
    }

    [Fact]
    public async Task Missing_credentials_answer_400()
    {
        var response = await factory.LoginAsync("", "");

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["email", "password"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task Five_failures_lock_the_email_out_with_429_and_Retry_After_even_for_the_right_password()
    {
        var clinic = await factory.SignUpAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(clinic.Email, $"Wrong-Horse-{attempt}")).StatusCode);
        }

        var locked = await factory.LoginAsync(clinic.Email, clinic.Password);

        await locked.ProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 840, 900);
    }

    [Fact]
    public async Task Thirty_parallel_wrong_logins_for_one_email_give_at_most_five_401_and_the_rest_429()
    {
        var clinic = await factory.SignUpAsync();

        var answers = await Task.WhenAll(Enumerable.Range(1, 30).Select(async guess =>
            (await factory.LoginAsync(clinic.Email, $"Wrong-Horse-{guess}")).StatusCode));

        Assert.InRange(answers.Count(a => a == HttpStatusCode.Unauthorized), 1, 5);
        Assert.All(answers, a => Assert.Contains(a, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.LoginAsync(clinic.Email, clinic.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_is_locked_out_the_same_way()
    {
        var email = Requests.UniqueEmail("nobody");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(email, Requests.Password)).StatusCode);
        }

        var locked = await factory.LoginAsync(email, Requests.Password);

        await locked.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(locked.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_lockout_counts_per_email_with_any_capitalisation()
    {
        var clinic = await factory.SignUpAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var spelling = attempt % 2 == 0 ? clinic.Email.ToUpperInvariant() : clinic.Email;
            await factory.LoginAsync(spelling, "Wrong-Horse-42");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.LoginAsync($" {clinic.Email.ToUpperInvariant()}", clinic.Password)).StatusCode);
        var other = await factory.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(other.Email, other.Password)).StatusCode);
    }

    [Fact]
    public async Task A_successful_login_resets_the_failure_count()
    {
        var clinic = await factory.SignUpAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await factory.LoginAsync(clinic.Email, "Wrong-Horse-42");
        }

        await factory.LoginOkAsync(clinic.Email);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(clinic.Email, "Wrong-Horse-42")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(clinic.Email, clinic.Password)).StatusCode);
    }

    [Fact]
    public async Task Failures_older_than_15_minutes_no_longer_count()
    {
        var clinic = await factory.SignUpAsync();
        await AddFailuresAsync(clinic.Email, TimeSpan.FromMinutes(16), count: 5);

        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(clinic.Email, clinic.Password)).StatusCode);
    }

    [Fact]
    public async Task Retry_After_tells_when_the_oldest_counted_failure_leaves_the_window()
    {
        var email = Requests.UniqueEmail("nobody");
        await AddFailuresAsync(email, TimeSpan.FromMinutes(20), count: 3); // outside the window: ignored
        await AddFailuresAsync(email, TimeSpan.FromMinutes(10), count: 1);
        await AddFailuresAsync(email, TimeSpan.FromMinutes(2), count: 4);

        var locked = await factory.LoginAsync(email, Requests.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        // The five newest: one 10 minutes old and four 2 minutes old; the 10-minute one leaves in 5 minutes.
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 290, 301);
    }

    [Fact]
    public async Task A_hash_made_with_a_lower_work_factor_is_upgraded_at_login()
    {
        var clinic = await factory.SignUpAsync();
        var cheap = BCrypt.Net.BCrypt.HashPassword(clinic.Password, IdentityFactory.BcryptWorkFactor - 1);
        await factory.ExecuteAsync("UPDATE users SET password_hash = $1 WHERE id = $2", cheap, clinic.OwnerId);

        await factory.LoginOkAsync(clinic.Email);

        var stored = (await factory.QueryAsync<string>("SELECT password_hash FROM users WHERE id = $1", clinic.OwnerId))[0];
        Assert.StartsWith($"$2a$0{IdentityFactory.BcryptWorkFactor}$", stored, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify(clinic.Password, stored));
    }

    [Fact]
    public async Task Failures_that_no_longer_count_are_purged()
    {
        var stale = Requests.UniqueEmail("stale");
        await AddFailuresAsync(stale, TimeSpan.FromMinutes(30), count: 2);

        await factory.LoginAsync(Requests.UniqueEmail("nobody"), Requests.Password);

        Assert.Equal(0L, (await factory.QueryAsync<long>("SELECT count(*) FROM login_failures WHERE email = $1", stale))[0]);
    }

    [Fact]
    public async Task Logging_in_clears_the_users_expired_refresh_tokens()
    {
        var clinic = await factory.SignUpAsync();
        await factory.ExecuteAsync("UPDATE refresh_tokens SET expires_at = now() - interval '1 day' WHERE user_id = $1", clinic.OwnerId);

        await factory.LoginOkAsync(clinic.Email);

        Assert.Equal(1L, (await factory.QueryAsync<long>("SELECT count(*) FROM refresh_tokens WHERE user_id = $1", clinic.OwnerId))[0]);
    }

    private Task AddFailuresAsync(string email, TimeSpan age, int count) =>
        factory.ExecuteAsync(
            "INSERT INTO login_failures (email, occurred_at) SELECT $1, now() - $2 FROM generate_series(1, $3)",
            email, age, count);
}
