using System.Data.Common;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Connections one service may hold unless its connection string says otherwise. Five services share one server
    /// (max_connections 200 in the AppHost): with Npgsql's default of 100 each, a burst made the server refuse
    /// connections ("53300: too many clients") and requests failed after their retries. Past the cap a request
    /// waits for a free connection instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>Statements each connection keeps prepared; a service runs a few dozen distinct hot statements.</summary>
    public const int DefaultMaxAutoPrepare = 100;

    /// <summary>
    /// A service's own PostgreSQL database (ConnectionStrings:<paramref name="connectionName"/>): the DbContext, Aspire's
    /// enrichment (health check, telemetry, retries on transient errors, command timeout) and its migrations applied at
    /// start-up. Registered with AddDbContext, not AddNpgsqlDbContext: that one pools contexts, and a pooled context cannot
    /// take the scoped <see cref="ITenantContext"/> that every tenant filter reads.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        string? connectionString = null; // worked out once, on the first context: every request and event creates one
        builder.Services.AddDbContext<TContext>((services, options) => options.UseNpgsql(
            connectionString ??= ForService(services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
                ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured."))));
        builder.EnrichNpgsqlDbContext<TContext>();
        builder.Services.AddMigration<TContext>();
        return builder;
    }

    /// <summary>
    /// The service's settings on top of the given connection string: the pool cap (unless the string sets its own), and
    /// no state reset when a connection goes back to the pool. Npgsql otherwise sends DISCARD ALL before the next use,
    /// one more statement and transaction on the server for every query run outside a transaction (the benchmark counted
    /// 6 transactions per booking in scheduling, 3 of them resets). The services keep no session state: locks are
    /// transaction-scoped (<see cref="ClinicOps.ServiceDefaults.Data.AdvisoryLock"/>), and nothing SETs a session setting.
    /// Statements run often are prepared on each connection (automatic preparation, unless the string sets its own):
    /// the server then skips parsing and planning them, which was a large part of PostgreSQL's CPU per booking. Kept
    /// prepared across uses of a pooled connection because the connection is not reset.
    /// </summary>
    private static string ForService(string connectionString)
    {
        // The generic builder keeps only the keys that were written, so an operator's own pool size is seen and kept.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keysGiven = given.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet();
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (!keysGiven.Overlaps(["maximumpoolsize", "maxpoolsize"]))
        {
            settings.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!keysGiven.Contains("maxautoprepare"))
        {
            settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return settings.ConnectionString;
    }
}
