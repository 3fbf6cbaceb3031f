using ClinicOps.Identity.Services;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Tests.Unit;

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
    public void Checking_an_unknown_user_runs_a_full_bcrypt_verification()
    {
        // At cost 10 one bcrypt verification takes tens of milliseconds on any current CPU, and a busy machine only
        // makes it slower; answering an unknown email without one would take microseconds.
        var hasher = WithWorkFactor(10);

        var unknownUser = Fastest(() => hasher.VerifyUnknownUser("Wrong-Horse-42"));

        Assert.True(unknownUser >= TimeSpan.FromMilliseconds(15), $"unknown user checked in {unknownUser.TotalMilliseconds} ms");
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
