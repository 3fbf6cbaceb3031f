using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>
/// Sends the caller's own bearer token on calls to other services, so they apply the caller's clinic and role
/// exactly as if the caller had asked them directly.
/// </summary>
public sealed class ForwardAuthorizationHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = accessor.HttpContext?.Request.Headers.Authorization.ToString();
        if (!string.IsNullOrEmpty(authorization) && request.Headers.Authorization is null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
