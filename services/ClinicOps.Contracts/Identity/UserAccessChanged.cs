namespace ClinicOps.Contracts.Identity;

/// <summary>
/// A user's access changed: removed, role changed, password changed or signed out everywhere. Carries the whole new
/// state; every service keeps the newest <see cref="Revision"/> per user and refuses that user's tokens accordingly.
/// </summary>
public sealed record UserAccessChanged : IntegrationEvent
{
    public required Guid UserId { get; init; }
    /// <summary>Counts the changes to this user's access: an older revision never overwrites a newer one.</summary>
    public required long Revision { get; init; }
    /// <summary>One of <see cref="Roles"/>; tokens naming another role are refused with 403.</summary>
    public required string Role { get; init; }
    /// <summary>Tokens issued at a lower session version are refused with 401.</summary>
    public required int SessionVersion { get; init; }
    /// <summary>The sign-in that the last end of sessions kept (the password changer's own), if any.</summary>
    public Guid? KeptSessionId { get; init; }
    public required bool Removed { get; init; }
}
