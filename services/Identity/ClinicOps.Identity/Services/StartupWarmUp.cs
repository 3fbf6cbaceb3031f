namespace ClinicOps.Identity.Services;

/// <summary>
/// Does once, before the service reports ready, the work a first sign-up or sign-in would otherwise wait for: the
/// time-zone and currency tables (ICU), the password-strength estimator's word lists and bcrypt's first run. Done lazily,
/// they made the first sign-up after a start take seconds on a busy machine, right after the app said it was ready.
/// </summary>
internal sealed class StartupWarmUp(PasswordHasher hasher, CommonPasswords commonPasswords) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        TimeZones.TryNormalize("UTC", out _);
        Currencies.TryNormalize("EUR", out _);
        _ = commonPasswords.Contains("warm-up");
        _ = Zxcvbn.Zxcvbn.MatchPassword("a warm-up passphrase", []);
        _ = hasher.VerifyUnknownUser("a warm-up passphrase");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
