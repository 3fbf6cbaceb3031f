using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

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

    /// <summary>
    /// Inserts <paramref name="entity"/>, stamped with the current clinic like every insert, unless a row with its key
    /// exists (<c>INSERT … ON CONFLICT DO NOTHING</c>, at once, in the current transaction); true when it inserted it.
    /// For a replica's first row, which two writers may add at the same moment (events of one record arriving on separate
    /// queues, or an event and a fetch from the owning service): whoever comes second finds the row and applies its state,
    /// instead of failing on a duplicate key. Every mapped column is written, so a column added later is never left out.
    /// </summary>
    public async Task<bool> InsertIfAbsentAsync<TEntity>(TEntity entity, CancellationToken ct) where TEntity : class, ITenantOwned
    {
        if (!tenant.HasClinic)
        {
            throw new InvalidOperationException($"Cannot add a {typeof(TEntity).Name} without a clinic in the tenant context.");
        }

        entity.ClinicId = tenant.ClinicId;
        var type = Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Columns the database fills (xmin row versions, computed columns) are not written.
        var columns = type.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.ValueGenerated != ValueGenerated.OnAddOrUpdate && p.GetComputedColumnSql() is null)
            .ToList();
        var parameters = columns.Select((p, i) =>
        {
            var value = p.GetGetter().GetClrValue(entity);
            var converter = p.GetTypeMapping().Converter;
            return new NpgsqlParameter($"p{i}", (value is null || converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value);
        }).ToArray();
        var key = type.FindPrimaryKey()!.Properties.Select(p => Quote(p.GetColumnName(table)!));
        var sql = $"INSERT INTO {(table.Schema is { } schema ? Quote(schema) + "." : "")}{Quote(table.Name)} " +
            $"({string.Join(", ", columns.Select(p => Quote(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", parameters.Select(p => "@" + p.ParameterName))}) " +
            $"ON CONFLICT ({string.Join(", ", key)}) DO NOTHING";
        return await Database.ExecuteSqlRawAsync(sql, parameters, ct) == 1;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

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
