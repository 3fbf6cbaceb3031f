using System.Data.Common;
using ClinicOps.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

public static class MigrationExtensions
{
    /// <summary>
    /// Applies the DbContext's EF Core migrations at start-up, before the app serves requests, and creates the audit
    /// trail's table when the model has one and it is missing (see <see cref="AuditTable"/>).
    /// </summary>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services) where TContext : DbContext =>
        services.AddHostedService<MigrationHostedService<TContext>>();

    /// <summary>The advisory lock every replica of a service takes to migrate its database ("ClinicOp" in ASCII).</summary>
    private const long MigrationLockKey = 0x436C696E69634F70;

    private sealed class MigrationHostedService<TContext>(IServiceProvider services, ILogger<TContext> logger) : IHostedService
        where TContext : DbContext
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            logger.LogInformation("Applying migrations of {DbContext}", typeof(TContext).Name);
            // Replicas of a service start together: without the lock both would apply the same migration and the second
            // would die on "relation already exists". The lock is the database's own and ends with the session.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                try
                {
                    // On a new database EF first reads a history table that is not there yet and logs that failed read as
                    // an error; a red mark on every first start teaches the on-call engineer to ignore red marks. Create it first.
                    await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                    await db.Database.MigrateAsync(cancellationToken);
                    if (db.Model.FindEntityType(typeof(AuditEntry)) is not null)
                    {
                        await db.Database.ExecuteSqlRawAsync(AuditTable.CreateIfMissing, cancellationToken);
                    }
                }
                finally
                {
                    // Released whatever happened, so a replica waiting for it goes on (and, after a failed migration,
                    // fails with the same cause). Not with the start's token: a cancelled start still lets go.
                    await UnlockAsync(db);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        /// <summary>Lets go of the lock; on a connection that broke (the likely cause of a failure) the session's end already has.</summary>
        private async Task UnlockAsync(TContext db)
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                logger.LogWarning(e, "The migration lock of {DbContext} could not be released; it ends with its session", typeof(TContext).Name);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
