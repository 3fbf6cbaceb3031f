using Scalar.AspNetCore;

namespace ClinicOps.Gateway.Extensions;

public static class ApiReferenceExtensions
{
    private static readonly string[] Services = ["identity", "scheduling", "billing", "reminders", "analytics"];

    /// <summary>
    /// An API reference page at /api-reference that shows each service's OpenAPI document, fetched through the
    /// gateway's /openapi/{service}.json routes.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/api-reference", options =>
        {
            options.WithTitle("ClinicOps API");
            foreach (var service in Services)
            {
                options.AddDocument(service, service, $"/openapi/{service}.json");
            }
        }).AllowAnonymous();
        return app;
    }
}
