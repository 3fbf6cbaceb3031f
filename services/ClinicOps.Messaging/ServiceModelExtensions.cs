using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

public static class ServiceModelExtensions
{
    /// <summary>
    /// The model of a service's database (call in OnModelCreating): the entity configurations of the service's own
    /// assembly, the outbox and inbox, the user_access table, the audit trail, snake_case column names and the tenant filters.
    /// </summary>
    public static ModelBuilder ApplyServiceModel(this ModelBuilder modelBuilder, TenantDbContext context) =>
        modelBuilder
            .ApplyConfigurationsFromAssembly(context.GetType().Assembly)
            .AddOutboxAndInbox()
            .AddUserAccess()
            .AddAuditTrail()
            .UseSnakeCaseColumns()
            .ApplyTenantQueryFilters(context);
}
