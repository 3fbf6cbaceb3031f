namespace ClinicOps.Web.Api;

/// <summary>
/// Sends the browser's address in X-Forwarded-For, so the gateway's per-address limits count the person, not the
/// web app. The forwarded-headers middleware has already put that address in RemoteIpAddress.
/// </summary>
public sealed class ForwardedForHandler(IHttpContextAccessor contextAccessor) : DelegatingHandler
{
    public const string Header = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (contextAccessor.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Remove(Header);
            request.Headers.TryAddWithoutValidation(Header, address.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
