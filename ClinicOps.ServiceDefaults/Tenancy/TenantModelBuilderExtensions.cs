using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Tenancy;

public static class TenantModelBuilderExtensions
{
    public const string TenantFilter = "Tenant";

    /// <summary>
    /// Adds the named query filter "Tenant" (<c>ClinicId == context.CurrentClinicId</c>) to every entity that
    /// implements <see cref="ITenantOwned"/>. Call it at the end of OnModelCreating.
    /// </summary>
    public static ModelBuilder ApplyTenantQueryFilters(this ModelBuilder modelBuilder, TenantDbContext context)
    {
        var owned = modelBuilder.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null)
            .ToList();

        foreach (var entityType in owned)
        {
            var row = Expression.Parameter(entityType.ClrType, "row");
            var clinicOfRow = Expression.Property(row, nameof(ITenantOwned.ClinicId));
            var currentClinic = Expression.Property(Expression.Constant(context), nameof(TenantDbContext.CurrentClinicId));
            var filter = Expression.Lambda(Expression.Equal(clinicOfRow, currentClinic), row);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, filter);
        }

        return modelBuilder;
    }
}
