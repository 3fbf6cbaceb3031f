using System.Security.Claims;
using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTag("Auth", "Signing in and out: access and refresh tokens, sessions and the password.")
            .ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapPost("/login", Login)
            .WithRequestExample(new LoginRequest("owner@sunny-dental.example", "Quiet-Harbour-Lantern-42")).AllowAnonymous().ProducesValidationProblem()
            .WithSummary("Sign in with email and password")
            .WithDescription("Answers a new access and refresh token pair. An unknown email and a wrong password get the same 401; after 5 failures for an email in 15 minutes it answers 429 with Retry-After.");
        api.MapPost("/refresh", Refresh)
            .WithRequestExample(new RefreshRequest("5Vq0yJx1c3m8R2n6Tb4wKp9Z")).AllowAnonymous().ProducesValidationProblem()
            .WithSummary("Exchange a refresh token for a new token pair")
            .WithDescription("Rotates: the old refresh token stops working, and reusing a rotated one revokes the whole chain.");
        api.MapPost("/logout", Logout)
            .WithRequestExample(new RefreshRequest("5Vq0yJx1c3m8R2n6Tb4wKp9Z")).ProducesValidationProblem()
            .WithSummary("Sign out one session")
            .WithDescription("Revokes the given refresh token.");
        api.MapPost("/logout-all", LogoutEverywhere).ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Sign out everywhere")
            .WithDescription("Ends every session of the caller: all refresh tokens are revoked and access tokens are refused within seconds.");
        app.MapPost("/api/me/password", ChangePassword)
            .WithRequestExample(new ChangePasswordRequest("Quiet-Harbour-Lantern-42", "Amber-Meadow-Compass-77")).WithTags("Auth")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound)
            .WithSummary("Change one's password")
            .WithDescription("Takes the current and the new password (8-128 characters, not common or easily guessed, not containing the user's email, name or clinic name) and ends every other session of the user.");
        return app;
    }

    public static async Task<Results<Ok<AuthResponse>, TooManyAttemptsResult>> Login(LoginRequest request, [AsParameters] AuthApiServices services)
    {
        var outcome = await services.Auth.LoginAsync(request, services.CancellationToken);
        return outcome.RetryAfter is { } wait ? new TooManyAttemptsResult(wait) : TypedResults.Ok(outcome.Session!);
    }

    public static async Task<Ok<AuthResponse>> Refresh(RefreshRequest request, [AsParameters] AuthApiServices services) =>
        TypedResults.Ok(await services.Auth.RefreshAsync(request, services.CancellationToken));

    /// <summary>Ends every session of the caller: all refresh tokens revoked, access tokens refused within seconds.</summary>
    public static async Task<NoContent> LogoutEverywhere([AsParameters] AuthApiServices services)
    {
        await services.Account.LogoutEverywhereAsync(services.CancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A new password (the current one is required); every other session of the caller ends.</summary>
    public static async Task<Results<NoContent, TooManyAttemptsResult>> ChangePassword(ChangePasswordRequest request, ClaimsPrincipal caller,
        [AsParameters] AuthApiServices services)
    {
        var session = Guid.TryParse(caller.FindFirst(ClaimNames.SessionId)?.Value, out var id) ? id : (Guid?)null;
        return await services.Account.ChangePasswordAsync(request, session, services.CancellationToken) is { } wait
            ? new TooManyAttemptsResult(wait)
            : TypedResults.NoContent();
    }

    public static async Task<NoContent> Logout(RefreshRequest request, [AsParameters] AuthApiServices services)
    {
        await services.Auth.LogoutAsync(request, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
