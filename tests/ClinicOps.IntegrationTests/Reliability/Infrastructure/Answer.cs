using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// What the gateway answered to one request: status, media type, ETag, the request's trace id (X-Request-Id) and body,
/// read in full, and Retry-After when it was sent.
/// </summary>
public sealed record Answer(string Request, HttpStatusCode Status, string? MediaType, string? ETag, string? RequestId, string Body)
{
    public static async Task<Answer> ReadAsync(HttpResponseMessage response) => new(
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}",
        response.StatusCode,
        response.Content.Headers.ContentType?.MediaType,
        response.Headers.ETag?.Tag,
        response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.Single() : null,
        await response.Content.ReadAsStringAsync())
    {
        RetryAfter = response.Headers.RetryAfter?.ToString(),
    };

    public string? RetryAfter { get; init; }

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    /// <summary>Asserts the status (showing the whole answer when it differs) and returns the answer.</summary>
    public Answer Expect(HttpStatusCode status)
    {
        Assert.True(Status == status, $"{Request} answered {(int)Status}, expected {(int)status}: {Body}");
        return this;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status.</summary>
    public Answer ExpectProblem(HttpStatusCode status)
    {
        Expect(status);
        Assert.True(MediaType == "application/problem+json", $"{Request} answered {(int)Status} as {MediaType}: {Body}");
        Assert.Equal((int)status, Json.GetProperty("status").GetInt32());
        return this;
    }

    public Guid Id => Json.GetProperty("id").GetGuid();

    public override string ToString() => $"{Request} -> {(int)Status} {Body}";
}
