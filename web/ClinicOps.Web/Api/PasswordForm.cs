namespace ClinicOps.Web.Api;

public sealed class PasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
}
