using System.Text.Json.Nodes;

namespace ClinicOps.Gateway.OpenApi;

/// <summary>
/// What the gateway adds to every answer of an operation it routes: its `X-Request-Id`, the 429 of its rate limits
/// (every API route has one) and the 503 of a service that is not ready, both with `Retry-After`.
/// </summary>
public static class GatewayAnswers
{
    public const string RequestIdHeader = "X-Request-Id";
    public const string RetryAfterHeader = "Retry-After";
    private const string ProblemSchemaRef = "#/components/schemas/ProblemDetails";

    public static void AddTo(JsonObject operation)
    {
        if (operation["responses"] is not JsonObject responses)
        {
            responses = [];
            operation["responses"] = responses;
        }

        responses["429"] ??= Problem("Too many requests: the gateway's rate limit (per address for sign-up and sign-in, per clinic otherwise).");
        responses["503"] ??= Problem("The service behind this route is starting or restarting.");
        foreach (var (status, response) in responses)
        {
            if (response is not JsonObject answer || answer.ContainsKey("$ref"))
            {
                continue;
            }

            if (answer["headers"] is not JsonObject headers)
            {
                headers = [];
                answer["headers"] = headers;
            }

            headers[RequestIdHeader] ??= Header("The request's trace id, to quote when reporting a problem.", "string");
            if (status is "429" or "503")
            {
                headers[RetryAfterHeader] ??= Header("How many seconds to wait before trying again.", "integer");
            }
        }
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject
        {
            ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = ProblemSchemaRef } },
        },
    };

    private static JsonObject Header(string description, string type) => new()
    {
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = type },
    };
}
