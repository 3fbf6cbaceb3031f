using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// Every route needs the bearer token unless it allows anonymous callers (the fallback policy requires an authenticated
/// user of a clinic): the requirement is read from the endpoint's own authorization metadata, never from a list of paths.
/// An anonymous route says so with an empty requirement, which admits a call without a token.
/// </summary>
public sealed class OperationSecurityTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        operation.Security =
        [
            anonymous
                ? new OpenApiSecurityRequirement()
                : new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
