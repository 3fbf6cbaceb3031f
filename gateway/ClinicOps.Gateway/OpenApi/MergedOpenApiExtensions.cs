using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ClinicOps.Gateway.Extensions;
using Yarp.ReverseProxy;

namespace ClinicOps.Gateway.OpenApi;

public static class MergedOpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public static readonly string[] Services = ["identity", "scheduling", "billing", "reminders", "analytics"];

    /// <summary>
    /// The whole API in one document at /openapi/v1.json, merged on each request from the services' own documents
    /// (fetched from a healthy destination of each service's cluster), so it is never older than the services running.
    /// </summary>
    public static WebApplication MapMergedOpenApi(this WebApplication app)
    {
        app.MapGet(DocumentPath, GetMergedDocumentAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Auth)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetMergedDocumentAsync(
        HttpContext context, IProxyStateLookup proxy, IHttpClientFactory clients, ILogger<ServiceDocument> logger, CancellationToken ct)
    {
        var client = clients.CreateClient(nameof(MergedOpenApiExtensions));
        var documents = new List<ServiceDocument>();
        foreach (var service in Services)
        {
            var address = proxy.TryGetCluster(service, out var cluster)
                ? cluster.DestinationsState.AvailableDestinations.FirstOrDefault()?.Model.Config.Address
                : null;
            var document = address is null ? null : await TryFetchAsync(client, new Uri(new Uri(address), DocumentPath), logger, ct);
            if (document is null)
            {
                context.Response.Headers.RetryAfter = "5";
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Service unavailable",
                    detail: $"The {service} service's API description cannot be read right now. Try again in a few seconds.");
            }

            documents.Add(new ServiceDocument(service, document));
        }

        var exposed = new ExposedOperations(proxy.GetRoutes().Select(route => route.Config));
        var merged = OpenApiMerger.Merge(documents, exposed, $"{context.Request.Scheme}://{context.Request.Host}");
        return TypedResults.Text(merged.ToJsonString(), "application/json; charset=utf-8");
    }

    private static async Task<JsonObject?> TryFetchAsync(HttpClient client, Uri document, ILogger logger, CancellationToken ct)
    {
        try
        {
            return JsonNode.Parse(await client.GetStringAsync(document, ct)) as JsonObject;
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not read the OpenAPI document at {Document}", document);
            return null;
        }
    }
}
