using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// Documents the headers answers carry: `Retry-After` on every 429 and 503 (the seconds to wait), and `ETag` on the
/// success answers of routes marked <c>SendsETag</c>.
/// </summary>
public sealed class ResponseHeadersTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] RetryableStatuses = ["429", "503"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (RetryableStatuses.Contains(status) && response is OpenApiResponse retryable)
            {
                AddHeader(retryable, "Retry-After", "How many seconds to wait before trying again.", JsonSchemaType.Integer);
            }

            if (status.StartsWith('2') && response is OpenApiResponse success
                && context.Description.ActionDescriptor.EndpointMetadata.OfType<SendsETagMetadata>().Any())
            {
                AddHeader(success, HeaderNames.ETag, "The resource's version, to send back as `If-Match` with a change.", JsonSchemaType.String);
            }
        }

        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}
