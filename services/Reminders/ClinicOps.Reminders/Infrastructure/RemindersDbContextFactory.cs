using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicOps.Reminders.Infrastructure;

/// <summary>For `dotnet ef` only: a model without a running app (no database is contacted).</summary>
public sealed class RemindersDbContextFactory : IDesignTimeDbContextFactory<RemindersDbContext>
{
    public RemindersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RemindersDbContext>().UseNpgsql("Host=localhost;Database=x").Options, new NoTenant());

    private sealed class NoTenant : ITenantContext
    {
        public bool HasClinic => false;
        public Guid ClinicId => Guid.Empty;
        public Guid UserId => Guid.Empty;
        public string Role => "";

        public void Use(Guid clinicId)
        {
        }
    }
}
