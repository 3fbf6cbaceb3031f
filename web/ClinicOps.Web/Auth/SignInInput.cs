using System.ComponentModel.DataAnnotations;

namespace ClinicOps.Web.Auth;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";
}
