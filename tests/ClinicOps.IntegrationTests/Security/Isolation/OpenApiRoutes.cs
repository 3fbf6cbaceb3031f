using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>The API routes each service publishes in its OpenAPI document, fetched through the gateway.</summary>
public static partial class OpenApiRoutes
{
    public static readonly string[] Services = ["identity", "scheduling", "billing", "reminders", "analytics"];

    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>"METHOD /path/{}" for every operation under /api in the five services' documents.</summary>
    public static async Task<IReadOnlySet<string>> FetchAsync(HttpClient gateway)
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var service in Services)
        {
            routes.UnionWith(await FetchAsync(gateway, $"/openapi/{service}.json"));
        }

        return routes;
    }

    /// <summary>"METHOD /path/{}" for every operation under /api in the document the gateway serves at <paramref name="documentPath"/>.</summary>
    public static async Task<IReadOnlySet<string>> FetchAsync(HttpClient gateway, string documentPath)
    {
        using var document = await FetchDocumentAsync(gateway, documentPath);
        return Of(document);
    }

    /// <summary>The OpenAPI document the gateway serves at <paramref name="documentPath"/>.</summary>
    public static async Task<JsonDocument> FetchDocumentAsync(HttpClient gateway, string documentPath)
    {
        using var response = await Infrastructure.AuthCalls.WithinGatewayLimitAsync(() => gateway.GetAsync(documentPath));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {documentPath} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>"METHOD /path/{}" for every operation under /api in <paramref name="document"/>.</summary>
    public static IReadOnlySet<string> Of(JsonDocument document)
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                routes.Add(Key(operation.Name, path.Name));
            }
        }

        return routes;
    }

    /// <summary>Method in capitals and the path without its query, trailing slash or parameter names: "GET /api/doctors/{}".</summary>
    public static string Key(string method, string path)
    {
        var withoutQuery = path.Split('?')[0];
        var normalized = Parameter().Replace(withoutQuery, "{}").TrimEnd('/');
        return $"{method.ToUpperInvariant()} {(normalized.Length == 0 ? "/" : normalized)}";
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
