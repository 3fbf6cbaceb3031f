using System.Text.Json;
using System.Text.RegularExpressions;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Isolation;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// docs/api.md is the repository's own description of the API: it must name exactly the routes the services publish in
/// their OpenAPI documents, so a new or removed endpoint cannot leave it behind.
/// </summary>
public sealed partial class ApiReferenceTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task The_api_page_lists_every_route_the_services_publish_and_no_other()
    {
        var published = await OpenApiRoutes.FetchAsync(GatewayClients.Create(App));
        var documented = DocumentedRoutes();

        Assert.Empty(published.Except(documented).Select(route => $"published but not in docs/api.md: {route}"));
        Assert.Empty(documented.Except(published).Select(route => $"in docs/api.md but not published: {route}"));
    }

    [Fact]
    public async Task The_gateway_serves_the_whole_api_in_one_document_with_itself_as_the_server()
    {
        var gateway = GatewayClients.Create(App);
        var services = await OpenApiRoutes.FetchAsync(gateway);

        using var merged = await OpenApiRoutes.FetchDocumentAsync(gateway, "/openapi/v1.json");

        Assert.Equal(services, OpenApiRoutes.Of(merged));
        Assert.Equal(App.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority), merged.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Every_operation_has_a_unique_id_a_summary_a_description_and_needs_a_token_unless_it_signs_one_in()
    {
        using var merged = await OpenApiRoutes.FetchDocumentAsync(GatewayClients.Create(App), "/openapi/v1.json");
        var operations = merged.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Route: OpenApiRoutes.Key(operation.Name, path.Name), operation.Value)))
            .ToList();

        Assert.Empty(operations.Where(o => !HasText(o.Value, "summary") || !HasText(o.Value, "description") || !HasText(o.Value, "operationId"))
            .Select(o => $"{o.Route} lacks an operationId, a summary or a description"));
        Assert.Empty(operations.GroupBy(o => o.Value.GetProperty("operationId").GetString()).Where(ids => ids.Count() > 1)
            .Select(ids => $"operationId {ids.Key} is used by {string.Join(", ", ids.Select(o => o.Route))}"));
        var withoutToken = operations
            .Where(o => !o.Value.GetProperty("security").EnumerateArray().Any(requirement => requirement.TryGetProperty("bearer", out _)))
            .Select(o => o.Route);
        Assert.Equal(["POST /api/auth/login", "POST /api/auth/refresh", "POST /api/clinics"], withoutToken.Order());
        Assert.Equal("bearer", merged.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    private static bool HasText(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) && !string.IsNullOrWhiteSpace(value.GetString());

    private static HashSet<string> DocumentedRoutes()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "api.md"));
        return [.. Route().Matches(page).Select(m => OpenApiRoutes.Key(m.Groups["method"].Value, m.Groups["path"].Value))];
    }

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|PATCH|DELETE) (?<path>/api[^`\s]*)`")]
    private static partial Regex Route();
}
