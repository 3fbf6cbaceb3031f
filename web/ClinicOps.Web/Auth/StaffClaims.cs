using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClinicOps.Web.Auth;

/// <summary>Who is signed in, as the cookie's principal carries it: the user, their role and their clinic.</summary>
public static class StaffClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string ClinicId = "clinic_id";
    public const string ClinicName = "clinic_name";
    public const string ClinicTimeZone = "clinic_time_zone";
    public const string ClinicCurrency = "clinic_currency";

    public static ClaimsPrincipal ToPrincipal(AuthSession session) => new(new ClaimsIdentity(
    [
        new Claim(UserId, session.User.Id.ToString()),
        new Claim(Name, session.User.Name),
        new Claim(Email, session.User.Email),
        new Claim(Role, session.User.Role),
        new Claim(ClinicId, session.Clinic.Id.ToString()),
        new Claim(ClinicName, session.Clinic.Name),
        new Claim(ClinicTimeZone, session.Clinic.TimeZone),
        new Claim(ClinicCurrency, session.Clinic.Currency),
    ], CookieAuthenticationDefaults.AuthenticationScheme, Name, Role));
}
