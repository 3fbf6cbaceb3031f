using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// Shows a route's <see cref="RequestExample"/> as the example of its JSON request body, written with the service's own
/// JSON settings — so the example has the field names the service reads, and a renamed field changes it too.
/// </summary>
public sealed class RequestExampleTransformer(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault();
        if (example is not null && operation.RequestBody?.Content is { } content)
        {
            foreach (var (mediaType, body) in content)
            {
                if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && body is OpenApiMediaType media)
                {
                    media.Example = JsonSerializer.SerializeToNode(example.Body, example.Body.GetType(), json.Value.SerializerOptions);
                }
            }
        }

        return Task.CompletedTask;
    }
}
