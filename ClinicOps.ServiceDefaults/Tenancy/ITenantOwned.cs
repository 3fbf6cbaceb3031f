namespace ClinicOps.ServiceDefaults.Tenancy;

/// <summary>A row that belongs to one clinic: filtered by the "Tenant" query filter, stamped on insert.</summary>
public interface ITenantOwned
{
    Guid ClinicId { get; set; }
}
