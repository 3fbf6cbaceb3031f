using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Infrastructure;

/// <summary>The tenant of `dotnet ef` at design time: no clinic, so nothing can be stamped or read by mistake.</summary>
internal sealed class DesignTimeTenant : ITenantContext
{
    public bool HasClinic => false;
    public Guid ClinicId => Guid.Empty;
    public Guid UserId => Guid.Empty;
    public string Role => "";

    public void Use(Guid clinicId) => throw new InvalidOperationException("The design-time tenant has no clinic.");
}
