namespace ClinicOps.Web.Api;

/// <summary>The role chosen for one user in their row of the users page.</summary>
public sealed class RoleForm
{
    public string? Role { get; set; }
}
