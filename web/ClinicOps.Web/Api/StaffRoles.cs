using ClinicOps.Web.Auth;

namespace ClinicOps.Web.Api;

/// <summary>The roles a user can be given, and their names in the page's words.</summary>
public static class StaffRoles
{
    public static readonly IReadOnlyList<string> All = [Roles.Receptionist, Roles.Doctor, Roles.Owner];

    public static string Label(string role) => role switch
    {
        Roles.Owner => "Owner",
        Roles.Doctor => "Doctor",
        Roles.Receptionist => "Receptionist",
        _ => role,
    };
}
