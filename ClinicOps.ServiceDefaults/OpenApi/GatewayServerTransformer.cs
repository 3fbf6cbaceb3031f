using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// Names the server a reader called: the gateway (from the X-Forwarded-Proto and X-Forwarded-Host it sets on what it
/// forwards) when the document was read through it, else the service itself; without a trailing slash, so a client
/// joins it to the document's paths as they are.
/// </summary>
public sealed class GatewayServerTransformer(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Request is not { } request)
        {
            return Task.CompletedTask;
        }

        var forwardedHost = request.Headers["X-Forwarded-Host"].ToString();
        var forwardedProto = request.Headers["X-Forwarded-Proto"].ToString();
        var url = forwardedHost.Length > 0
            ? $"{(forwardedProto.Length > 0 ? forwardedProto : request.Scheme)}://{forwardedHost}"
            : $"{request.Scheme}://{request.Host}{request.PathBase}";
        document.Servers = [new OpenApiServer { Url = url.TrimEnd('/') }];
        return Task.CompletedTask;
    }
}
