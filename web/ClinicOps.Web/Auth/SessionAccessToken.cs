using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ClinicOps.Web.Auth;

/// <summary>
/// The signed-in person's access token for the API calls of this scope: a page request's or a circuit's.
/// <para>
/// A page request reads it from its session cookie, where <see cref="SessionCookieEvents"/> has refreshed it if it was due.
/// </para>
/// <para>
/// A circuit (an interactive page, alive as long as the page is open) has no cookie of its own to read or rewrite: the
/// cookie belongs to the browser, and identity rotates refresh tokens and revokes the whole chain when a rotated one is
/// used again. So a circuit never refreshes: when it has no token, or one in the last third of its life, it asks its
/// browser to post to <see cref="CircuitTokenEndpoint"/>. That request is an ordinary cookie request — the cookie's
/// handling refreshes the pair if due and the answer stores the rotated refresh token back in the cookie, the one place
/// it lives — and it hands the session's current access token to this circuit through <see cref="CircuitTokenHandOver"/>,
/// server-side. The access token alone enters the circuit's memory; the refresh token never does, and neither reaches
/// the browser. (Capturing the token when the circuit starts would end every open calendar a quarter of an hour later;
/// a store the circuit could refresh from would need the refresh token outside the cookie.) The hand-over lives in this
/// process's memory: with several replicas, the sticky sessions that Blazor circuits need anyway keep the browser's
/// post on the circuit's replica.
/// </para>
/// </summary>
public sealed class SessionAccessToken(
    IHttpContextAccessor httpContextAccessor,
    AuthenticationStateProvider authentication,
    CircuitTokenHandOver handOvers,
    IJSRuntime js,
    TimeProvider time,
    ILogger<SessionAccessToken> logger)
{
    private bool inCircuit;
    private CircuitToken? current;
    private Task<CircuitToken?>? renewing;

    /// <summary>Marks this scope as a circuit's (<see cref="CircuitSessionHandler"/>), before any of its components render.</summary>
    public void UseCircuit() => inCircuit = true;

    /// <summary>The token to send, or null when the session has ended (the API then answers 401 and the page says so).</summary>
    public async Task<string?> GetAsync()
    {
        if (!inCircuit)
        {
            return httpContextAccessor.HttpContext is { } context ? await context.GetTokenAsync(SessionTokens.AccessToken) : null;
        }

        if (current is { } token && !token.NeedsRenewal(time.GetUtcNow()))
        {
            return token.Access;
        }

        // A circuit runs one piece of work at a time: calls that arrive while a renewal is under way share it.
        var renewal = renewing ??= RenewAsync();
        try
        {
            current = await renewal;
        }
        finally
        {
            if (ReferenceEquals(renewing, renewal))
            {
                renewing = null;
            }
        }

        return current?.Access;
    }

    private async Task<CircuitToken?> RenewAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.FindFirst(StaffClaims.UserId)?.Value is not { } userId)
        {
            return null;
        }

        var id = handOvers.Open(userId);
        try
        {
            var status = await js.InvokeAsync<int>("clinicOps.handOverCircuitToken", CircuitTokenEndpoint.Path, id);
            var token = handOvers.Take(id);
            if (token is null)
            {
                logger.LogInformation("The browser's session gave this circuit no token ({Status}): the session has ended", status);
            }

            return token;
        }
        catch (JSException e)
        {
            handOvers.Take(id);
            logger.LogWarning(e, "The browser could not renew this circuit's token");
            return null;
        }
    }
}
