using System.Text.Json.Nodes;

namespace ClinicOps.Gateway.OpenApi;

/// <summary>
/// One OpenAPI document for the whole API, as the gateway exposes it: every service's operations that a gateway route
/// reaches (with the answers the gateway itself adds, <see cref="GatewayAnswers"/>), their schemas, security schemes and tags, and the gateway itself as the only server. A schema two services
/// name alike but describe differently keeps both, the later one prefixed with its service's name.
/// </summary>
public static class OpenApiMerger
{
    private const string SchemaRefPrefix = "#/components/schemas/";
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static JsonObject Merge(IReadOnlyList<ServiceDocument> documents, ExposedOperations exposed, string serverUrl)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new JsonArray();
        foreach (var (service, source) in documents)
        {
            var document = source.DeepClone().AsObject();
            RenameClashingSchemas(document, service, schemas);
            AddOperations(document, service, exposed, paths);
            AddMissing(document["components"]?["schemas"] as JsonObject, schemas);
            AddMissing(document["components"]?["securitySchemes"] as JsonObject, securitySchemes);
            foreach (var tag in document["tags"] as JsonArray ?? [])
            {
                if (!tags.Any(known => known?["name"]?.GetValue<string>() == tag?["name"]?.GetValue<string>()))
                {
                    tags.Add(tag?.DeepClone());
                }
            }
        }

        var components = new JsonObject { ["schemas"] = Sorted(schemas) };
        if (securitySchemes.Count > 0)
        {
            components["securitySchemes"] = securitySchemes;
        }

        var merged = new JsonObject
        {
            ["openapi"] = documents.Select(d => d.Document["openapi"]?.GetValue<string>()).FirstOrDefault(v => v is not null) ?? "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "ClinicOps API",
                ["version"] = "v1",
                ["description"] = "The whole HTTP API of ClinicOps as the gateway serves it: sign-up and sessions, staff, "
                    + "patients, doctors, schedules and appointments, payments, reminders and the dashboard. Every route but "
                    + "sign-up, sign-in and token refresh needs a bearer access token, and every answer is for the caller's clinic only.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl, ["description"] = "The ClinicOps gateway" }),
            ["paths"] = Sorted(paths),
            ["components"] = components,
        };
        if (tags.Count > 0)
        {
            merged["tags"] = tags;
        }

        return merged;
    }

    private static void RenameClashingSchemas(JsonObject document, string service, JsonObject merged)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return;
        }

        var renames = schemas
            .Where(schema => merged[schema.Key] is { } known && !JsonNode.DeepEquals(known, schema.Value))
            .ToDictionary(schema => schema.Key, schema => char.ToUpperInvariant(service[0]) + service[1..] + schema.Key);
        if (renames.Count == 0)
        {
            return;
        }

        foreach (var (from, to) in renames)
        {
            var schema = schemas[from];
            schemas.Remove(from);
            schemas[to] = schema;
        }

        RewriteReferences(document, renames);
    }

    private static void RewriteReferences(JsonNode? node, Dictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is var target
                    && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
                    && renames.TryGetValue(target[SchemaRefPrefix.Length..], out var renamed))
                {
                    obj["$ref"] = SchemaRefPrefix + renamed;
                }

                foreach (var property in obj.ToList())
                {
                    RewriteReferences(property.Value, renames);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RewriteReferences(item, renames);
                }

                break;
        }
    }

    private static void AddOperations(JsonObject document, string service, ExposedOperations exposed, JsonObject paths)
    {
        foreach (var (path, item) in document["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject operations)
            {
                continue;
            }

            foreach (var (method, operation) in operations.ToList())
            {
                if (!Methods.Contains(method) || !exposed.Contains(service, method, path))
                {
                    continue;
                }

                var target = paths[path] as JsonObject ?? new JsonObject();
                paths[path] = target;
                // Two services never answer the same method and path through one gateway route: the first one stays.
                if (target[method] is null && operation?.DeepClone() is JsonObject added)
                {
                    GatewayAnswers.AddTo(added);
                    target[method] = added;
                }
            }
        }
    }

    private static void AddMissing(JsonObject? from, JsonObject into)
    {
        foreach (var (name, value) in from ?? [])
        {
            into[name] ??= value?.DeepClone();
        }
    }

    private static JsonObject Sorted(JsonObject obj) =>
        new(obj.OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, property.Value?.DeepClone())));
}
