using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClinicOps.Web.Auth;

public static class CircuitTokenEndpoint
{
    public const string Path = "/account/circuit-token";

    /// <summary>
    /// The browser's request behind a circuit's token renewal (see <see cref="SessionAccessToken"/>). It authenticates
    /// with the session cookie like any page, so <see cref="SessionCookieEvents"/> refreshes the tokens when due and the
    /// answer rewrites the cookie; the token itself goes to the circuit server-side, never into the answer.
    /// </summary>
    public static IEndpointRouteBuilder MapCircuitTokenEndpoint(this IEndpointRouteBuilder app)
    {
        // No antiforgery token: the post changes nothing but the cookie's own renewal, its JSON body cannot come from a
        // plain cross-site form, and a hand-over only ever reaches a circuit of the same user.
        app.MapPost(Path, HandOver).DisableAntiforgery().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandOver(HandOverRequest request, HttpContext context, CircuitTokenHandOver handOvers)
    {
        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded || session.Properties is null || SessionTokens.ReadFrom(session.Properties) is not { } tokens
            || session.Principal.FindFirst(StaffClaims.UserId)?.Value is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        context.Response.Headers.CacheControl = "no-store";
        return string.IsNullOrEmpty(request.Id) || !handOvers.Deliver(request.Id, userId, CircuitToken.From(tokens))
            ? TypedResults.NotFound()
            : TypedResults.NoContent();
    }

    private sealed record HandOverRequest(string? Id);
}
