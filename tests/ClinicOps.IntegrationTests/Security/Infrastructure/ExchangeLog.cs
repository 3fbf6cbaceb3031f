using System.Collections.Concurrent;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>Keeps every answer a client got (status line, headers, body), for scanning afterwards.</summary>
public sealed class ExchangeLog
{
    private readonly ConcurrentQueue<Exchange> exchanges = new();

    public IReadOnlyList<Exchange> All => [.. exchanges];

    public void Add(HttpRequestMessage request, HttpResponseMessage response, string body)
    {
        var headers = string.Join(Environment.NewLine, response.Headers.Concat(response.Content.Headers)
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        exchanges.Enqueue(new Exchange($"{request.Method} {request.RequestUri?.PathAndQuery}", (int)response.StatusCode, headers, body));
    }
}
