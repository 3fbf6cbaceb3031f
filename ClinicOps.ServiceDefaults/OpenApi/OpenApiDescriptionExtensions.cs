using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.ServiceDefaults.OpenApi;

public static class OpenApiDescriptionExtensions
{
    /// <summary>
    /// The service's OpenAPI document, completed from what the endpoints already declare: operation ids from the handlers'
    /// names, the bearer scheme required wherever the route is not anonymous, tag descriptions, the headers answers carry, the fields every problem answer has, request examples, and the
    /// server the reader called (the gateway, when read through it).
    /// </summary>
    public static IServiceCollection AddClinicOpsOpenApi(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddOpenApi(options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<GatewayServerTransformer>();
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer<TagDescriptionsTransformer>();
            options.AddOperationTransformer<OperationIdTransformer>();
            options.AddOperationTransformer<OperationSecurityTransformer>();
            options.AddOperationTransformer<ResponseHeadersTransformer>();
            options.AddOperationTransformer<RequestExampleTransformer>();
            options.AddSchemaTransformer<ProblemDetailsSchemaTransformer>();
        });

    /// <summary>Puts a route group (or route) under the tag <paramref name="name"/>, which the document describes in <paramref name="description"/>.</summary>
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, string name, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new TagDescription(name, description));

    /// <summary>Shows <paramref name="body"/> as the example of the route's JSON request body.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object body) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestExample(body));

    /// <summary>Documents the `ETag` header (the row version, for `If-Match`) on the route's success answer.</summary>
    public static TBuilder SendsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SendsETagMetadata());
}
