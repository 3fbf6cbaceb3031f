using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>Says which part of the API a service's document holds, and where the whole one is.</summary>
public sealed class DocumentInfoTransformer(IHostEnvironment environment) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = $"{environment.ApplicationName} API";
        document.Info.Description = $"The routes of the ClinicOps API that {environment.ApplicationName} answers. The whole API, "
            + "every service's routes as the gateway exposes them, is one document at the gateway's /openapi/v1.json.";
        return Task.CompletedTask;
    }
}
