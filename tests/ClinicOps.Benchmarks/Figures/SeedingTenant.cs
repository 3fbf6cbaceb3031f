using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>The tenant of a scheduling DbContext that seeds one clinic's rows (the context stamps them with it).</summary>
internal sealed class SeedingTenant(Guid clinicId) : ITenantContext
{
    public bool HasClinic => true;

    public Guid ClinicId => clinicId;

    public Guid UserId => Guid.Empty;

    public string Role => "";

    public void Use(Guid clinicId) => throw new InvalidOperationException("A seeding context keeps its clinic.");
}
