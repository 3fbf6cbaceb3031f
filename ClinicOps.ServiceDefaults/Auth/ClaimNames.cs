namespace ClinicOps.ServiceDefaults.Auth;

/// <summary>The claims of a ClinicOps access token (inbound claim mapping is off, so these are the JWT names).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string ClinicId = "clinic_id";
    public const string Role = "role";
}
