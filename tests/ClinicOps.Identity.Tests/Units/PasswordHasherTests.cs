using ClinicOps.Identity.Services;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Tests.Units;

public sealed class PasswordHasherTests
{
    private static PasswordHasher WithWorkFactor(int workFactor) =>
        new(Options.Create(new IdentitySettings { BcryptWorkFactor = workFactor }));

    [Fact]
    public void Hashes_use_the_configured_work_factor_and_verify()
    {
        var hash = WithWorkFactor(5).Hash("Correct-Horse-42");

        Assert.StartsWith("$2a$05$", hash, StringComparison.Ordinal);
        Assert.True(WithWorkFactor(5).Verify("Correct-Horse-42", hash));
        Assert.False(WithWorkFactor(5).Verify("Correct-Horse-43", hash));
    }

    [Fact]
    public void A_hash_made_with_a_lower_work_factor_needs_rehashing()
    {
        var hash = WithWorkFactor(4).Hash("Correct-Horse-42");

        Assert.True(WithWorkFactor(5).NeedsRehash(hash));
        Assert.False(WithWorkFactor(4).NeedsRehash(hash));
    }

    [Fact]
    public void An_unknown_user_never_verifies()
    {
        Assert.False(WithWorkFactor(4).VerifyUnknownUser("anything at all"));
    }

    [Fact]
    public void Checking_an_unknown_user_costs_as_much_as_a_wrong_password()
    {
        var hasher = WithWorkFactor(10);
        var hash = hasher.Hash("Correct-Horse-42");

        var wrongPassword = Fastest(() => hasher.Verify("Wrong-Horse-42", hash));
        var unknownUser = Fastest(() => hasher.VerifyUnknownUser("Wrong-Horse-42"));

        Assert.True(unknownUser >= wrongPassword / 2, $"unknown user {unknownUser.TotalMilliseconds} ms, wrong password {wrongPassword.TotalMilliseconds} ms");
    }

    [Fact]
    public void The_default_work_factor_is_12()
    {
        Assert.Equal(12, new IdentitySettings().BcryptWorkFactor);
        Assert.Equal(TimeSpan.FromMinutes(15), new IdentitySettings().AccessTokenLifetime);
    }

    private static TimeSpan Fastest(Func<bool> check)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            check();
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            fastest = elapsed < fastest ? elapsed : fastest;
        }

        return fastest;
    }
}
