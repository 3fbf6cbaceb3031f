using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicOps.Reminders.Infrastructure;

/// <summary>For `dotnet ef` only: a model without a running app (no database is contacted).</summary>
public sealed class RemindersDbContextFactory : IDesignTimeDbContextFactory<RemindersDbContext>
{
    public RemindersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RemindersDbContext>().UseNpgsql("Host=localhost;Database=x").Options, new NoTenant());
}
