using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClinicOps.Web.Auth;

/// <summary>Starts and ends the cookie session that holds a signed-in person's tokens.</summary>
public static class StaffSignIn
{
    public static Task SignInAsync(HttpContext context, AuthSession session, TimeProvider time)
    {
        // A browser-session cookie: closing the browser ends it; the ticket itself lives as long as the refresh token.
        var properties = new AuthenticationProperties { IsPersistent = false, AllowRefresh = true };
        SessionTokens.From(session, time.GetUtcNow()).StoreIn(properties);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.ToPrincipal(session), properties);
    }

    /// <summary>Revokes the session's refresh token at identity (best effort: the cookie goes either way) and clears the cookie.</summary>
    public static async Task SignOutAsync(HttpContext context, AuthClient auth, CancellationToken cancellationToken)
    {
        var current = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (current.Properties is { } properties && SessionTokens.ReadFrom(properties) is { } tokens)
        {
            await auth.LogoutAsync(tokens, cancellationToken);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Only a local path may be a return address (no open redirect to another site).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
