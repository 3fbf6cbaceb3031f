using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// A thin, allocation-light client for one base address (the gateway, or a service directly): one pooled
/// <see cref="SocketsHttpHandler"/>, no cookies, no proxy, no redirects, a bearer token per request.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(Uri baseAddress, TimeSpan? timeout = null)
    {
        BaseAddress = baseAddress;
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            MaxConnectionsPerServer = 512,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    /// <summary>Sends a request and parses a successful answer's body as <typeparamref name="T"/>.</summary>
    public async Task<ApiResponse<T>> SendAsync<T>(HttpMethod method, string path, string? token, object? body = null,
        string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = Build(method, path, token, body, idempotencyKey);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return new ApiResponse<T>(status, default, await response.Content.ReadAsStringAsync(cancellationToken));
            }

            var value = response.Content.Headers.ContentLength == 0
                ? default
                : await response.Content.ReadFromJsonAsync<T>(Json.Options, cancellationToken);
            return new ApiResponse<T>(status, value, null);
        }
        catch (HttpRequestException e)
        {
            return new ApiResponse<T>(0, default, e.Message);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiResponse<T>(0, default, "timed out: " + e.Message);
        }
    }

    /// <summary>Sends a request and reads (and drops) the answer's body; returns the status, 0 when no answer came.</summary>
    public async Task<int> StatusAsync(HttpMethod method, string path, string? token, object? body = null,
        CancellationToken cancellationToken = default)
    {
        using var request = Build(method, path, token, body, null);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Build(HttpMethod method, string path, string? token, object? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            // Serialised up front so the request has a Content-Length, as a browser's or a mobile client's would.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), Json.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        }

        return request;
    }
}
