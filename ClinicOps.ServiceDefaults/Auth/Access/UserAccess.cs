namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>
/// What a service knows about one user's access, as identity last announced it (newest <see cref="Revision"/> wins).
/// A user nobody changed has no row, and their tokens are taken as they are.
/// </summary>
public sealed class UserAccess
{
    private UserAccess()
    {
    }

    public UserAccess(Guid userId, Guid clinicId, long revision, string role, int sessionVersion, Guid? keptSessionId, bool removed,
        DateTimeOffset changedAt)
    {
        UserId = userId;
        ClinicId = clinicId;
        Revision = revision;
        Role = role;
        SessionVersion = sessionVersion;
        KeptSessionId = keptSessionId;
        Removed = removed;
        ChangedAt = changedAt;
    }

    public Guid UserId { get; private set; }
    public Guid ClinicId { get; private set; }
    /// <summary>Identity's count of changes to this user's access: an older announcement never overwrites a newer one.</summary>
    public long Revision { get; private set; }
    /// <summary>The user's role now: a token naming another role is refused with 403.</summary>
    public string Role { get; private set; } = "";
    /// <summary>Tokens issued at an older session version are refused with 401 (password changed, signed out everywhere).</summary>
    public int SessionVersion { get; private set; }
    /// <summary>The one sign-in that survived the last end of sessions (the password changer's own), if any.</summary>
    public Guid? KeptSessionId { get; private set; }
    /// <summary>The user was removed from the clinic: every token of theirs is refused with 401.</summary>
    public bool Removed { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
