using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>Requests through the gateway with an optional JSON body, If-Match and Idempotency-Key.</summary>
public static class GatewayCalls
{
    public static async Task<Answer> SendAsync(this HttpClient client, string method, string path, object? body = null,
        string? ifMatch = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: JsonSerializerOptions.Web);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        return await Answer.ReadAsync(response);
    }

    public static Task<Answer> ReadAsync(this HttpClient client, string path, CancellationToken cancellationToken = default) =>
        client.SendAsync("GET", path, cancellationToken: cancellationToken);
}
