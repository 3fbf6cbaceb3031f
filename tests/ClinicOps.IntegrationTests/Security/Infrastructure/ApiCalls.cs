using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>Requests with JSON bodies, and answers read as JSON with the status they must have.</summary>
public static class ApiCalls
{
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, string method, string path, object? body = null,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: JsonSerializerOptions.Web);
        }

        configure?.Invoke(request);
        return client.SendAsync(request);
    }

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body (null JSON for an empty one).</summary>
    public static async Task<JsonElement> ExpectJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, expected {(int)status}: {text}");
        if (text.Length == 0)
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> ExpectJsonAsync(this Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        using var response = await sending;
        return await response.ExpectJsonAsync(status);
    }

    public static Task<JsonElement> GetOkAsync(this HttpClient client, string path) =>
        client.SendJsonAsync("GET", path).ExpectJsonAsync(HttpStatusCode.OK);

    public static Task<JsonElement> PostCreatedAsync(this HttpClient client, string path, object body, string? idempotencyKey = null) =>
        client.SendJsonAsync("POST", path, body, r =>
        {
            if (idempotencyKey is not null)
            {
                r.Headers.Add("Idempotency-Key", idempotencyKey);
            }
        }).ExpectJsonAsync(HttpStatusCode.Created);
}
