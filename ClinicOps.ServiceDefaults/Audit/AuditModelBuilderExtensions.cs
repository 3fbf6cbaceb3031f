using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Audit;

public static class AuditModelBuilderExtensions
{
    /// <summary>Adds the audit trail's table to a service's model (call in OnModelCreating).</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
}
