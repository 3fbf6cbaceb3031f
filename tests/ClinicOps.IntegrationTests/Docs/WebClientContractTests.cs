using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.IntegrationTests.Security.Isolation;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// The web app's API client (web/ClinicOps.Web) and the merged OpenAPI document cannot drift apart: every request the
/// client sends is an operation of the document, and every field of the records it reads answers into is in that
/// operation's response schema.
/// </summary>
public sealed class WebClientContractTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly HashSet<string> AnswersNotReadAsRecords = ["NoContent", "TextContent"];

    [Fact]
    public async Task Every_request_of_the_web_apps_client_is_an_operation_of_the_document_and_reads_only_documented_fields()
    {
        using var merged = await OpenApiRoutes.FetchDocumentAsync(GatewayClients.Create(App), "/openapi/v1.json");
        var operations = Operations(merged.RootElement);
        var (calls, unreadable) = WebClientSource.Calls();

        Assert.Empty(unreadable.Select(source => $"the path of the request at {source} cannot be read"));
        Assert.True(calls.Count >= 40, $"Only {calls.Count} requests found in the web app's client: is the scan still reading it?");
        var problems = new List<string>();
        foreach (var call in calls)
        {
            var matching = operations.Where(operation => call.Matches(operation.Key)).ToList();
            if (matching.Count == 0)
            {
                problems.Add($"{call.Source}: {call.Method} {call.Path} is not an operation of /openapi/v1.json");
                continue;
            }

            if (call.ResponseType is { } type && !AnswersNotReadAsRecords.Contains(type))
            {
                foreach (var (route, operation) in matching)
                {
                    problems.AddRange(FieldsMissing(merged.RootElement, type, SuccessSchema(operation))
                        .Select(field => $"{call.Source}: {type} reads '{field}', which {route} does not document"));
                }
            }
        }

        Assert.True(problems.Count == 0, $"The web app's client and /openapi/v1.json disagree:\n{string.Join('\n', problems)}");
    }

    private static Dictionary<string, JsonElement> Operations(JsonElement document)
    {
        var operations = new Dictionary<string, JsonElement>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations[OpenApiRoutes.Key(operation.Name, path.Name)] = operation.Value;
            }
        }

        return operations;
    }

    private static JsonElement? SuccessSchema(JsonElement operation)
    {
        foreach (var answer in operation.GetProperty("responses").EnumerateObject().Where(answer => answer.Name.StartsWith('2')))
        {
            if (answer.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                && json.TryGetProperty("schema", out var schema))
            {
                return schema;
            }
        }

        return null;
    }

    /// <summary>The JSON fields <paramref name="type"/> (a web record, or List/Page of one) reads that <paramref name="schema"/> lacks.</summary>
    private static IEnumerable<string> FieldsMissing(JsonElement document, string type, JsonElement? schema)
    {
        if (schema is null)
        {
            return [$"(any field: the answer has no JSON schema)"];
        }

        var resolved = Resolve(document, schema.Value);
        if (type.StartsWith("List<", StringComparison.Ordinal) || type.StartsWith("IReadOnlyList<", StringComparison.Ordinal))
        {
            return resolved.TryGetProperty("items", out var items)
                ? FieldsMissing(document, Inner(type), items)
                : [$"(the answer is not a list)"];
        }

        var record = type.Split('<')[0];
        var properties = resolved.TryGetProperty("properties", out var known) ? known : default;
        var missing = WebClientSource.JsonPropertiesOf(record)
            .Where(field => properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(field, out _))
            .ToList();
        if (type.StartsWith("Page<", StringComparison.Ordinal) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("items", out var pageItems))
        {
            missing.AddRange(FieldsMissing(document, $"List<{Inner(type)}>", pageItems));
        }

        return missing;
    }

    private static string Inner(string generic) => generic[(generic.IndexOf('<') + 1)..^1];

    /// <summary>The schema itself: a `$ref` followed, a nullable `oneOf`/`anyOf` reduced to its non-null member.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Resolve(document, document.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var members)
                && members.EnumerateArray().FirstOrDefault(m => !(m.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"))
                    is { ValueKind: JsonValueKind.Object } member)
            {
                return Resolve(document, member);
            }
        }

        return schema;
    }
}
