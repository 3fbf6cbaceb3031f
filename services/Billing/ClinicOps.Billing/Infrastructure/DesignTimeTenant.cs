using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.Infrastructure;

/// <summary>The tenant of the design-time DbContext: none, since `dotnet ef` only needs the model.</summary>
internal sealed class DesignTimeTenant : ITenantContext
{
    public bool HasClinic => false;
    public Guid ClinicId => Guid.Empty;
    public Guid UserId => Guid.Empty;
    public string Role => "";

    public void Use(Guid clinicId)
    {
    }
}
