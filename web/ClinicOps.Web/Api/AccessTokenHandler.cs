using System.Net.Http.Headers;
using ClinicOps.Web.Auth;
using Microsoft.AspNetCore.Authentication;

namespace ClinicOps.Web.Api;

/// <summary>
/// Sends the signed-in user's access token, which lives in the encrypted cookie ticket and never reaches the browser.
/// Reading it authenticates the request, which refreshes a token near its expiry first (<see cref="SessionCookieEvents"/>).
/// </summary>
public sealed class AccessTokenHandler(IHttpContextAccessor contextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (contextAccessor.HttpContext is { } context
            && await context.GetTokenAsync(SessionTokens.AccessToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
