namespace ClinicOps.ServiceDefaults.Auth;

public static class Policies
{
    /// <summary>Owner-only routes: user management and clinic settings.</summary>
    public const string Owner = "owner";
}
