using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Services;
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
        return app;
    }

    public static async Task<Results<Ok<AuthResponse>, TooManyAttemptsResult>> Login(LoginRequest request, AuthService auth, CancellationToken ct)
    {
        var outcome = await auth.LoginAsync(request, ct);
        return outcome.RetryAfter is { } wait ? new TooManyAttemptsResult(wait) : TypedResults.Ok(outcome.Session!);
    }

    public static async Task<Ok<AuthResponse>> Refresh(RefreshRequest request, AuthService auth, CancellationToken ct) =>
        TypedResults.Ok(await auth.RefreshAsync(request, ct));

    public static async Task<NoContent> Logout(RefreshRequest request, AuthService auth, CancellationToken ct)
    {
        await auth.LogoutAsync(request, ct);
        return TypedResults.NoContent();
    }
}
