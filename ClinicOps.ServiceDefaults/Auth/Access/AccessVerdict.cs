namespace ClinicOps.ServiceDefaults.Auth.Access;

public enum AccessVerdict
{
    /// <summary>The token still speaks for the user.</summary>
    Allowed,

    /// <summary>The user was removed or their sessions were ended: 401.</summary>
    SessionEnded,

    /// <summary>The user's role is no longer the one the token names: 403.</summary>
    RoleChanged,
}
