using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// Deletes the outbox rows of <typeparamref name="TDbContext"/> sent, and the inbox rows handled, longer than
/// <see cref="MessagingOptions.Retention"/> ago, in batches of <see cref="MessagingOptions.PruneBatchSize"/> rows so no
/// delete holds many locks or a long transaction. Unsent outbox rows are never deleted: they are still to be published.
/// The inbox is what recognises a redelivered event, so the retention must stay far beyond any redelivery window (broker
/// retries take seconds, an _error queue replay days at most): an inbox row pruned before its event's last redelivery
/// would let that redelivery be handled a second time.
/// </summary>
public sealed class MessagePruner<TDbContext>(
    IServiceScopeFactory scopes,
    MessagingOptions options,
    TimeProvider time,
    ILogger<MessagePruner<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down or not migrated yet: try again at the next interval.
                logger.LogWarning(e, "Pruning the outbox and inbox of {DbContext} failed; retrying", typeof(TDbContext).Name);
            }

            await Task.Delay(options.PruneInterval, time, stoppingToken);
        }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var cutoff = time.Now() - options.Retention;
        int deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM outbox_messages WHERE id IN (
                    SELECT id FROM outbox_messages
                    WHERE sent_at < {cutoff}
                    LIMIT {options.PruneBatchSize})
                """, ct);
            deleted += await db.Database.ExecuteSqlAsync($"""
                DELETE FROM inbox_messages WHERE (event_id, consumer) IN (
                    SELECT event_id, consumer FROM inbox_messages
                    WHERE processed_at < {cutoff}
                    LIMIT {options.PruneBatchSize})
                """, ct);
        }
        while (deleted > 0 && !ct.IsCancellationRequested);
    }
}
