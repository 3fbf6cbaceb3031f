namespace ClinicOps.ServiceDefaults.Auth;

/// <summary>The claims of a ClinicOps access token (inbound claim mapping is off, so these are the JWT names).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string ClinicId = "clinic_id";
    public const string Role = "role";
    /// <summary>The user's name when the token was issued, for the audit trail (a rename shows from the next token).</summary>
    public const string Name = "name";
    /// <summary>The sign-in (refresh-token family) the token belongs to: "sign out everywhere else" keeps this one.</summary>
    public const string SessionId = "sid";
    /// <summary>The user's session version when the token was issued; tokens of an older version are refused.</summary>
    public const string SessionVersion = "sv";
}
