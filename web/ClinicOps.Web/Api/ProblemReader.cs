using System.Net;
using System.Text.Json;

namespace ClinicOps.Web.Api;

/// <summary>Turns an unsuccessful answer into an <see cref="ApiProblem"/>, whether or not it carries ProblemDetails.</summary>
public static class ProblemReader
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var fallbackTitle = response.ReasonPhrase ?? ((HttpStatusCode)status).ToString();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var traceId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        return Parse(status, fallbackTitle, body, traceId);
    }

    /// <summary>Reads `title`, `detail`, `traceId` and `errors` of a problem body; anything else keeps the status and title.</summary>
    public static ApiProblem Parse(int status, string fallbackTitle, string body, string? fallbackTraceId)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ApiProblem(status, fallbackTitle, null, fallbackTraceId, errors);
            }

            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Array))
                {
                    errors[field.Name] = [.. field.Value.EnumerateArray().Select(m => m.GetString()).OfType<string>()];
                }
            }

            return new ApiProblem(
                status,
                Text(root, "title") ?? fallbackTitle,
                Text(root, "detail"),
                Text(root, "traceId") ?? fallbackTraceId,
                errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, fallbackTitle, null, fallbackTraceId, errors);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
