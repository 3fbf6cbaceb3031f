namespace ClinicOps.Contracts.Audit;

/// <summary>What a change did to an entity; a soft delete reads as <see cref="Deleted"/>.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
}
