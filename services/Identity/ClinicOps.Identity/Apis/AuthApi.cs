using System.Security.Claims;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Services;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Auth");
        api.MapPost("/login", Login).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/refresh", Refresh).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/logout", Logout);
        api.MapPost("/logout-all", LogoutEverywhere);
        app.MapPost("/api/me/password", ChangePassword).WithTags("Auth").ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<AuthResponse>, TooManyAttemptsResult>> Login(LoginRequest request, AuthService auth, CancellationToken ct)
    {
        var outcome = await auth.LoginAsync(request, ct);
        return outcome.RetryAfter is { } wait ? new TooManyAttemptsResult(wait) : TypedResults.Ok(outcome.Session!);
    }

    public static async Task<Ok<AuthResponse>> Refresh(RefreshRequest request, AuthService auth, CancellationToken ct) =>
        TypedResults.Ok(await auth.RefreshAsync(request, ct));

    /// <summary>Ends every session of the caller: all refresh tokens revoked, access tokens refused within seconds.</summary>
    public static async Task<NoContent> LogoutEverywhere(AccountService account, CancellationToken ct)
    {
        await account.LogoutEverywhereAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>A new password (the current one is required); every other session of the caller ends.</summary>
    public static async Task<Results<NoContent, TooManyAttemptsResult>> ChangePassword(ChangePasswordRequest request, ClaimsPrincipal caller,
        AccountService account, CancellationToken ct)
    {
        var session = Guid.TryParse(caller.FindFirst(ClaimNames.SessionId)?.Value, out var id) ? id : (Guid?)null;
        return await account.ChangePasswordAsync(request, session, ct) is { } wait
            ? new TooManyAttemptsResult(wait)
            : TypedResults.NoContent();
    }

    public static async Task<NoContent> Logout(RefreshRequest request, AuthService auth, CancellationToken ct)
    {
        await auth.LogoutAsync(request, ct);
        return TypedResults.NoContent();
    }
}
