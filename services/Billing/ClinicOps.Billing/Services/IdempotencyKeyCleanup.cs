using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Billing.Services;

/// <summary>
/// Deletes Idempotency-Keys older than 24 hours every hour. (A lookup already ignores and deletes an expired key;
/// this keeps the table small for keys that are never retried.)
/// </summary>
public sealed class IdempotencyKeyCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<IdempotencyKeyCleanup> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<IdempotencyKeys>().PurgeExpiredAsync(stoppingToken);
                logger.LogInformation("Purged {Count} expired idempotency keys", purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be down for a while; the next tick tries again.
                logger.LogWarning(e, "Purging expired idempotency keys failed");
            }
        }
    }
}
