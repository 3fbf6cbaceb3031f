using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// A service's own PostgreSQL database (ConnectionStrings:<paramref name="connectionName"/>): the DbContext, Aspire's
    /// enrichment (health check, telemetry, retries on transient errors, command timeout) and its migrations applied at
    /// start-up. Registered with AddDbContext, not AddNpgsqlDbContext: that one pools contexts, and a pooled context cannot
    /// take the scoped <see cref="ITenantContext"/> that every tenant filter reads.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        builder.Services.AddDbContext<TContext>((services, options) => options.UseNpgsql(
            services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.")));
        builder.EnrichNpgsqlDbContext<TContext>();
        builder.Services.AddMigration<TContext>();
        return builder;
    }
}
