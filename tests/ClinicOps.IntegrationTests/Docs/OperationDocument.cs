extern alias JsonEverything;

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using JsonEverything::Json.Schema;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// The merged OpenAPI document read as a judge of answers: for an operation and what the gateway answered to it, every
/// way the answer departs from what the document says — a status it does not list, a documented header missing or one
/// sent that it does not list, a media type it does not list, a body its schema refuses.
/// </summary>
public sealed class OperationDocument
{
    private const string SchemaDialect = "https://json-schema.org/draft/2020-12/schema";

    // Each `headers` entry of a response, read from the answer; a header the document adds must be taught here first.
    private static readonly Dictionary<string, Func<Answer, string?>> HeaderReaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ETag"] = answer => answer.ETag,
        ["X-Request-Id"] = answer => answer.RequestId,
        ["Retry-After"] = answer => answer.RetryAfter,
    };

    // Problem details may carry extension members (RFC 9457); every other answer names each field it sends in its schema.
    private static readonly HashSet<string> OpenSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    private readonly string components;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();

    // A registry of this document's own: another document's schemas under the same ids must not collide with these.
    private readonly BuildOptions buildOptions = new() { SchemaRegistry = new SchemaRegistry() };

    public OperationDocument(JsonElement document)
    {
        components = Closed(document.GetProperty("components")).ToJsonString();
        Operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
                .Select(operation => (Id: operation.Value.GetProperty("operationId").GetString()!, Operation: operation.Value.Clone())))
            .ToDictionary(o => o.Id, o => o.Operation, StringComparer.Ordinal);
    }

    /// <summary>Every operation of the document by its operationId.</summary>
    public IReadOnlyDictionary<string, JsonElement> Operations { get; }

    /// <summary>What in <paramref name="answer"/> the document does not describe for <paramref name="operationId"/>; empty when it all fits.</summary>
    public IReadOnlyList<string> Departures(string operationId, Answer answer)
    {
        if (!Operations.TryGetValue(operationId, out var operation))
        {
            return [$"{operationId} is not an operation of the document"];
        }

        var status = ((int)answer.Status).ToString(CultureInfo.InvariantCulture);
        var responses = operation.GetProperty("responses");
        if (!responses.TryGetProperty(status, out var response))
        {
            return [$"answered {status}, which the operation does not document (it documents {string.Join(", ", responses.EnumerateObject().Select(r => r.Name))})"];
        }

        return [.. HeaderDepartures(status, response, answer), .. BodyDepartures(operationId, status, response, answer)];
    }

    private static IEnumerable<string> HeaderDepartures(string status, JsonElement response, Answer answer)
    {
        var headers = response.TryGetProperty("headers", out var documented) ? documented.EnumerateObject().ToList() : [];
        foreach (var (name, read) in HeaderReaders)
        {
            if (!string.IsNullOrEmpty(read(answer)) && !headers.Any(header => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"answered {status} with the header {name}, which the document does not describe there";
            }
        }

        foreach (var header in headers)
        {
            if (!HeaderReaders.TryGetValue(header.Name, out var read))
            {
                yield return $"documents the header {header.Name} on {status}, which this test cannot read yet";
            }
            else if (read(answer) is not { Length: > 0 } value)
            {
                yield return $"answered {status} without the documented header {header.Name}";
            }
            else if (IsInteger(header.Value) && !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                yield return $"answered {status} with the header {header.Name}: {value}, where the document says an integer";
            }
        }
    }

    private static bool IsInteger(JsonElement header) =>
        header.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String && type.GetString() == "integer";

    private IEnumerable<string> BodyDepartures(string operationId, string status, JsonElement response, Answer answer)
    {
        var content = response.TryGetProperty("content", out var documented) ? documented : default;
        if (answer.Body.Length == 0)
        {
            if (content.ValueKind == JsonValueKind.Object && content.EnumerateObject().Any())
            {
                yield return $"answered {status} with no body, where the document describes one";
            }

            yield break;
        }

        if (content.ValueKind != JsonValueKind.Object || answer.MediaType is null || !content.TryGetProperty(answer.MediaType, out var media))
        {
            yield return $"answered {status} as {answer.MediaType ?? "(no media type)"}, which the document does not describe: {answer.Body}";
            yield break;
        }

        if (!answer.MediaType.EndsWith("json", StringComparison.Ordinal) || !media.TryGetProperty("schema", out var schema))
        {
            yield break;
        }

        var results = SchemaFor($"{operationId}/{status}/{answer.MediaType}", schema)
            .Evaluate(answer.Json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            yield break;
        }

        var errors = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
            .Distinct();
        yield return $"answered {status} with a body its schema refuses ({string.Join("; ", errors)}): {answer.Body}";
    }

    /// <summary>
    /// The components with every object schema but the problem details closed (`unevaluatedProperties: false`): a field
    /// an answer sends that its schema does not name is a departure too, not only a missing or mistyped one.
    /// </summary>
    private static JsonObject Closed(JsonElement components)
    {
        var closed = JsonNode.Parse(components.GetRawText())!.AsObject();
        if (closed["schemas"] is JsonObject schemas)
        {
            foreach (var (_, schema) in schemas.Where(schema => !OpenSchemas.Contains(schema.Key)))
            {
                Close(schema);
            }
        }

        return closed;
    }

    private static void Close(JsonNode? schema)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (node["properties"] is JsonObject properties)
        {
            if (!node.ContainsKey("additionalProperties"))
            {
                node.TryAdd("unevaluatedProperties", false);
            }

            foreach (var (_, property) in properties)
            {
                Close(property);
            }
        }

        Close(node["items"]);
        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var member in node[combinator] as JsonArray ?? [])
            {
                Close(member);
            }
        }
    }

    /// <summary>
    /// The response schema as one JSON Schema document: the schema under `allOf` beside the document's components, so
    /// its `$ref: #/components/schemas/X` resolve as they do in the OpenAPI document (3.1 schemas are JSON Schema 2020-12).
    /// </summary>
    private JsonSchema SchemaFor(string key, JsonElement schema) => schemas.GetOrAdd(key, _ =>
    {
        var document = new JsonObject
        {
            ["$schema"] = SchemaDialect,
            ["$id"] = $"https://clinicops.test/openapi/v1/{key}",
            ["components"] = JsonNode.Parse(components),
            ["allOf"] = new JsonArray(JsonNode.Parse(schema.GetRawText())),
        };
        return JsonSchema.FromText(document.ToJsonString(), buildOptions);
    });
}
