using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// An operation's id is its handler's name in camelCase (`ListPatients` → `listPatients`): handlers are named for what
/// they do to which resource, so ids stay stable and unique across the merged document and a generated client's method
/// names read like the API's own words.
/// </summary>
public sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is { } handler)
        {
            operation.OperationId = char.ToLowerInvariant(handler.Name[0]) + handler.Name[1..];
        }

        return Task.CompletedTask;
    }
}
