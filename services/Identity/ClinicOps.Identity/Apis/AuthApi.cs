using System.Security.Claims;
using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Auth").ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapPost("/login", Login).AllowAnonymous().ProducesValidationProblem();
        api.MapPost("/refresh", Refresh).AllowAnonymous().ProducesValidationProblem();
        api.MapPost("/logout", Logout).ProducesValidationProblem();
        api.MapPost("/logout-all", LogoutEverywhere).ProducesProblems(StatusCodes.Status404NotFound);
        app.MapPost("/api/me/password", ChangePassword).WithTags("Auth")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
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
