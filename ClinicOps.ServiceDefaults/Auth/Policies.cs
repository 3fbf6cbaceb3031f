namespace ClinicOps.ServiceDefaults.Auth;

public static class Policies
{
    /// <summary>Owner-only routes: user management and clinic settings.</summary>
    public const string Owner = "owner";

    /// <summary>The front desk's routes, closed to doctors: setting doctors' working hours.</summary>
    public const string OwnerOrReceptionist = "owner-or-receptionist";
}
