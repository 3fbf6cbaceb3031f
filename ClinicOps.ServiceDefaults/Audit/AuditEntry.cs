using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.ServiceDefaults.Audit;

/// <summary>
/// One change made through the API: who (user and role), when, what (entity, id, action, the names of the fields
/// changed, never their values) and the request. Rows are only ever added: the service's database role may read and
/// insert them and nothing else (see <see cref="AuditTable"/>).
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public required Guid Id { get; init; }
    public Guid ClinicId { get; set; }
    public required DateTimeOffset At { get; init; }
    public required Guid UserId { get; init; }
    public string? UserName { get; init; }
    public required string Role { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    public required string[] Fields { get; init; }
    public required string RequestId { get; init; }
}
