using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>The tenant of an analytics DbContext built only to read its model (table and column names); it runs no query.</summary>
internal sealed class ModelOnlyTenant : ITenantContext
{
    public bool HasClinic => false;

    public Guid ClinicId => Guid.Empty;

    public Guid UserId => Guid.Empty;

    public string Role => "";

    public void Use(Guid clinicId) => throw new InvalidOperationException("The benchmark's model-only context has no tenant.");
}
