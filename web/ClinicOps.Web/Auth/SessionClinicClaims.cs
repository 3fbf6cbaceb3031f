using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClinicOps.Web.Auth;

/// <summary>
/// After an owner changes the clinic's name, time zone or currency, the session's own copy of them (the header, "today",
/// times on every page) follows at once rather than at the next token refresh: the cookie is written again with the
/// new values and the same tokens.
/// </summary>
public static class SessionClinicClaims
{
    private static readonly string[] ClinicClaims = [StaffClaims.ClinicName, StaffClaims.ClinicTimeZone, StaffClaims.ClinicCurrency];

    public static async Task UpdateAsync(HttpContext context, string name, string timeZone, string currency)
    {
        var current = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (current is not { Succeeded: true, Principal: { } principal, Properties: { } properties })
        {
            return;
        }

        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => !ClinicClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)).Concat(
            [
                new Claim(StaffClaims.ClinicName, name),
                new Claim(StaffClaims.ClinicTimeZone, timeZone),
                new Claim(StaffClaims.ClinicCurrency, currency),
            ]),
            CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.Name, StaffClaims.Role);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }
}
