namespace ClinicOps.ServiceDefaults.Tenancy;

/// <summary>
/// Who is asking, for which clinic. In a request it comes only from the validated token's claims
/// (never from the body, URL or a header); a message consumer sets it to the event's clinic with <see cref="Use"/>.
/// </summary>
public interface ITenantContext
{
    bool HasClinic { get; }
    /// <summary>The caller's clinic; Guid.Empty when there is none, which matches no row.</summary>
    Guid ClinicId { get; }
    Guid UserId { get; }
    string Role { get; }
    void Use(Guid clinicId);
}
