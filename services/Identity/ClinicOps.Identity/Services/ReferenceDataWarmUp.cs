namespace ClinicOps.Identity.Services;

/// <summary>
/// Builds the time-zone and currency tables before the service takes requests: built lazily, they made the first
/// sign-ups after a start wait for ICU for many seconds on a busy machine.
/// </summary>
internal sealed class ReferenceDataWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        TimeZones.TryNormalize("UTC", out _);
        Currencies.TryNormalize("EUR", out _);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
