using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>Gives each tag of the document the description its route group declared with <c>WithTag</c>.</summary>
public sealed class TagDescriptionsTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var descriptions = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .SelectMany(api => api.ActionDescriptor.EndpointMetadata.OfType<TagDescription>())
            .DistinctBy(tag => tag.Name)
            .ToDictionary(tag => tag.Name, tag => tag.Description);
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in descriptions)
        {
            if (document.Tags.FirstOrDefault(tag => tag.Name == name) is { } tag)
            {
                tag.Description = description;
            }
            else
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
        }

        return Task.CompletedTask;
    }
}
