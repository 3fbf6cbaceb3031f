namespace ClinicOps.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant of a DbContext built outside any request or message — `dotnet ef` at design time, or tools that only
/// need the model: no clinic, so the tenant filter matches no row and nothing can be added.
/// </summary>
public sealed class NoTenant : ITenantContext
{
    public bool HasClinic => false;
    public Guid ClinicId => Guid.Empty;
    public Guid UserId => Guid.Empty;
    public string Role => "";

    public void Use(Guid clinicId) => throw new InvalidOperationException("A design-time DbContext has no clinic.");
}
