using System.Text.Json.Nodes;

namespace ClinicOps.Gateway.OpenApi;

/// <summary>One service's OpenAPI document, as the service serves it.</summary>
public sealed record ServiceDocument(string Service, JsonObject Document);
