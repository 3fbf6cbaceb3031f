using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClinicOps.Web.Auth;

/// <summary>
/// Keeps a session alive past its access token: on every request near the token's expiry the stored refresh token
/// is exchanged (once, see <see cref="TokenRefresher"/>) and the cookie is rewritten with the new pair. A refresh
/// token that identity refuses ends the session, so the next page asks to sign in again; an unreachable gateway
/// does not (the next request tries again).
/// </summary>
public sealed class SessionCookieEvents(TokenRefresher refresher, TimeProvider time, ILogger<SessionCookieEvents> logger)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var tokens = SessionTokens.ReadFrom(context.Properties);
        if (tokens is null)
        {
            context.RejectPrincipal();
            return;
        }

        var now = time.GetUtcNow();
        if (!tokens.NeedRefresh(now))
        {
            return;
        }

        var refreshed = await refresher.RefreshAsync(tokens.Refresh);
        if (refreshed.Succeeded)
        {
            context.ReplacePrincipal(StaffClaims.ToPrincipal(refreshed.Value));
            SessionTokens.From(refreshed.Value, now).StoreIn(context.Properties);
            context.ShouldRenew = true;
            return;
        }

        if (refreshed.Problem.Status is 400 or 401 or 403)
        {
            logger.LogInformation("A session ended: its refresh was refused ({Status})", refreshed.Problem.Status);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
