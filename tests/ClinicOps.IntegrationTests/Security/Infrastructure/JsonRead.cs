using System.Text.Json;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

public static class JsonRead
{
    public static Guid Id(this JsonElement element, string property = "id") => element.GetProperty(property).GetGuid();

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The rows of a list answer: a page's <c>items</c> or a plain array.</summary>
    public static IReadOnlyList<JsonElement> Rows(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => [.. element.EnumerateArray()],
        JsonValueKind.Object when element.TryGetProperty("items", out var items) => [.. items.EnumerateArray()],
        _ => throw new InvalidOperationException($"Not a list answer: {element}"),
    };

    /// <summary>Every number anywhere in the document.</summary>
    public static IEnumerable<decimal> Numbers(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDecimal()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Value.Numbers()),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => e.Numbers()),
        _ => [],
    };
}
