using System.Net.Http.Headers;
using ClinicOps.Web.Api;

namespace ClinicOps.Web.Auth;

/// <summary>
/// Sign-up, login, refresh and logout through the gateway. Its HttpClient sends no token by itself: these calls run
/// while the session is being established or renewed, when reading the session's token would recurse into it.
/// </summary>
public sealed class AuthClient(HttpClient http, ILogger<ApiClient> logger)
{
    private readonly ApiClient api = new(http, logger);

    public Task<ApiResult<AuthSession>> SignUpAsync(SignUpInput input, CancellationToken cancellationToken) =>
        api.SendAsync<AuthSession>(HttpMethod.Post, "/api/clinics", input, null, cancellationToken);

    public Task<ApiResult<AuthSession>> LoginAsync(SignInInput input, CancellationToken cancellationToken) =>
        api.SendAsync<AuthSession>(HttpMethod.Post, "/api/auth/login", new { input.Email, input.Password }, null, cancellationToken);

    public Task<ApiResult<AuthSession>> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        api.SendAsync<AuthSession>(HttpMethod.Post, "/api/auth/refresh", new { refreshToken }, null, cancellationToken);

    /// <summary>Revokes the refresh token; identity wants the session's own access token for it.</summary>
    public async Task<ApiResult<NoContent>> LogoutAsync(SessionTokens tokens, CancellationToken cancellationToken)
    {
        using var request = ApiClient.CreateRequest(HttpMethod.Post, "/api/auth/logout", new { refreshToken = tokens.Refresh });
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Access);
        return await api.SendAsync<NoContent>(request, cancellationToken);
    }
}
