using System.ComponentModel.DataAnnotations;

namespace ClinicOps.Web.Auth;

/// <summary>The sign-up form; the API checks every rule, the attributes only spare a round trip for empty fields.</summary>
public sealed class SignUpInput
{
    [Required(ErrorMessage = "Enter the clinic's name.")]
    public string ClinicName { get; set; } = "";

    [Required(ErrorMessage = "Choose the clinic's time zone.")]
    public string TimeZone { get; set; } = "Europe/Berlin";

    [Required(ErrorMessage = "Enter the currency code, for example EUR.")]
    public string Currency { get; set; } = "EUR";

    [Required(ErrorMessage = "Enter your name.")]
    public string OwnerName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";
}
