using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicOps.Scheduling.Infrastructure;

/// <summary>Lets `dotnet ef migrations` build the model without starting the service.</summary>
internal sealed class SchedulingDbContextFactory : IDesignTimeDbContextFactory<SchedulingDbContext>
{
    public SchedulingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SchedulingDbContext>()
            .UseNpgsql("Host=localhost;Database=x")
            .Options;
        return new SchedulingDbContext(options, new NoTenant());
    }
}
