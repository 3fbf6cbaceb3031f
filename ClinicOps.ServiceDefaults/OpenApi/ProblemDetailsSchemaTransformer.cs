using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>
/// Every problem answer of the API names its `title` and `status` (ClinicOps.ServiceDefaults/Problems writes both), so the
/// problem schemas require them: a client may rely on them, and an answer without them departs from the document.
/// </summary>
public sealed class ProblemDetailsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type.IsAssignableTo(typeof(ProblemDetails)) && schema.Properties is { } properties
            && properties.ContainsKey("title") && properties.ContainsKey("status"))
        {
            schema.Required = new HashSet<string>(StringComparer.Ordinal) { "title", "status" };
        }

        return Task.CompletedTask;
    }
}
