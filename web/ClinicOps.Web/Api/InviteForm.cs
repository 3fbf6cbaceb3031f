namespace ClinicOps.Web.Api;

/// <summary>
/// Adding a user: the owner chooses their role and a first password to hand over; they change it under Account after
/// signing in. The API checks every field (including the password rules).
/// </summary>
public sealed class InviteForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string Role { get; set; } = Auth.Roles.Receptionist;

    public object ToBody() => new { name = Name, email = Email, password = Password, role = Role };
}
