using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Attacks on the credentials themselves: a stolen refresh token replayed, and password guessing.</summary>
public sealed class CredentialAttackTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task Reusing_a_rotated_refresh_token_answers_401_and_revokes_the_whole_chain()
    {
        var target = await AttackTests.TargetAsync(App);
        var before = await target.SnapshotAsync();
        var signUpToken = target.OwnerSignUpRefreshToken;

        var rotated = await AuthCalls.RefreshAsync(target.Anonymous, signUpToken);
        using var replay = await AuthCalls.PostAsync(target.Anonymous, "/api/auth/refresh", new { refreshToken = signUpToken });
        using var successor = await AuthCalls.PostAsync(target.Anonymous, "/api/auth/refresh", new { refreshToken = rotated.RefreshToken });

        await replay.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await successor.AssertProblemAsync(HttpStatusCode.Unauthorized); // the replay revoked the chain the thief and the owner share
        (await target.SnapshotAsync()).AssertUnchangedSince(before, "the refresh-token replay");
    }

    [Fact]
    public async Task Guessing_passwords_locks_the_email_with_429_and_retry_after_even_for_the_right_password()
    {
        var target = await AttackTests.TargetAsync(App);
        var email = $"brute-{Guid.CreateVersion7():N}@clinicops.test";
        await target.Owner.PostCreatedAsync("/api/users", new { name = "Bruno Target", email, password = ClinicSeeder.StaffPassword, role = "receptionist" });
        var before = await target.SnapshotAsync();

        for (var guess = 1; guess <= 5; guess++)
        {
            using var wrong = await AuthCalls.PostAsync(target.Anonymous, "/api/auth/login", new { email, password = $"Guess-{guess}-Wrong-Password" });
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var sixth = await AuthCalls.PostAsync(target.Anonymous, "/api/auth/login", new { email, password = "Guess-6-Wrong-Password" });
        using var right = await AuthCalls.PostAsync(target.Anonymous, "/api/auth/login", new { email, password = ClinicSeeder.StaffPassword });

        await sixth.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(sixth.Headers.RetryAfter);
        await right.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        (await target.SnapshotAsync()).AssertUnchangedSince(before, "the password guessing");
    }
}
