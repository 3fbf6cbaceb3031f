using ClinicOps.Gateway.OpenApi;
using Scalar.AspNetCore;

namespace ClinicOps.Gateway.Extensions;

public static class ApiReferenceExtensions
{
    /// <summary>
    /// An API reference page at /api-reference: first the whole API as the gateway serves it (/openapi/v1.json), then
    /// each service's own document, fetched through the gateway's /openapi/{service}.json routes.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/api-reference", options =>
        {
            options.WithTitle("ClinicOps API");
            options.AddDocument("clinicops", "ClinicOps API", MergedOpenApiExtensions.DocumentPath, isDefault: true);
            foreach (var service in MergedOpenApiExtensions.Services)
            {
                options.AddDocument(service, service, $"/openapi/{service}.json");
            }
        }).AllowAnonymous();
        return app;
    }
}
