using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Tenancy;

/// <summary>
/// A DbContext whose tenant-owned rows are visible only to their clinic (see
/// <see cref="TenantModelBuilderExtensions.ApplyTenantQueryFilters"/>) and get their ClinicId stamped on insert,
/// so no service writes it by hand.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    /// <summary>Read by the "Tenant" query filter on every query (a DbContext member, so EF parameterises it).</summary>
    public Guid CurrentClinicId => tenant.ClinicId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampClinic();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampClinic();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampClinic()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added)
            {
                if (!tenant.HasClinic)
                {
                    throw new InvalidOperationException($"Cannot add a {entry.Entity.GetType().Name} without a clinic in the tenant context.");
                }

                entry.Entity.ClinicId = tenant.ClinicId;
            }
            else if (entry.State == EntityState.Modified && entry.Property(e => e.ClinicId).IsModified)
            {
                throw new InvalidOperationException($"A {entry.Entity.GetType().Name} cannot move to another clinic.");
            }
        }
    }
}
