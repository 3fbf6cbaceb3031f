namespace ClinicOps.Contracts.Identity;

/// <summary>A staff user joined a clinic (also the owner at sign-up); scheduling links doctors to users with it.</summary>
public sealed record UserRegistered : IntegrationEvent
{
    public required Guid UserId { get; init; }
    public required string Name { get; init; }
    /// <summary>One of <see cref="Roles"/>.</summary>
    public required string Role { get; init; }
}
