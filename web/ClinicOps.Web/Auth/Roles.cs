namespace ClinicOps.Web.Auth;

/// <summary>The API's roles; pages offer only what the signed-in role may do (the API refuses the rest anyway).</summary>
public static class Roles
{
    public const string Owner = "owner";
    public const string Doctor = "doctor";
    public const string Receptionist = "receptionist";
}
