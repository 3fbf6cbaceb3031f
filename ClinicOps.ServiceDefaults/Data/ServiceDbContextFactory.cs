using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicOps.ServiceDefaults.Data;

/// <summary>
/// Lets `dotnet ef` build a service's model without starting the service (no database is contacted). A service
/// derives one for its DbContext, whose constructor takes the options and the tenant.
/// </summary>
public abstract class ServiceDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : TenantDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=x").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options, new NoTenant())!;
    }
}
