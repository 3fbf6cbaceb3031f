using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.Web.Api;

/// <summary>
/// The one HttpClient every resource client goes through: to the gateway, with the signed-in user's access token
/// and the browser's address (<see cref="AccessTokenHandler"/>, <see cref="ForwardedForHandler"/>). Every answer becomes an <see cref="ApiResult{T}"/>;
/// a gateway that cannot be reached becomes a 503 problem, so a page shows a banner instead of failing.
/// </summary>
public sealed class ApiClient(HttpClient http, ILogger<ApiClient> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, ifMatch: null, cancellationToken);

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? ifMatch,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, body, ifMatch);
        return await SendAsync<T>(request, cancellationToken);
    }

    public static HttpRequestMessage CreateRequest(HttpMethod method, string path, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        if (!string.IsNullOrEmpty(ifMatch))
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    public async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (method, path) = (request.Method, request.RequestUri?.OriginalString);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return await ProblemReader.ReadAsync(response, cancellationToken);
            }

            var etag = response.Headers.ETag?.ToString();
            if (typeof(T) == typeof(NoContent))
            {
                return new ApiResult<T>((T)(object)NoContent.Instance, null, etag);
            }

            if (typeof(T) == typeof(TextContent))
            {
                var text = new TextContent(await response.Content.ReadAsStringAsync(cancellationToken), response.Content.Headers.ContentType?.MediaType);
                return new ApiResult<T>((T)(object)text, null, etag);
            }

            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new JsonException($"{method} {path} answered {(int)response.StatusCode} without a body.");
            return new ApiResult<T>(value, null, etag);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "{Method} {Path} could not reach the gateway", method, path);
            return ApiProblem.Unreachable("The clinic's server could not be reached; please try again in a moment.");
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "{Method} {Path} timed out", method, path);
            return ApiProblem.Unreachable("The clinic's server took too long to answer; please try again.");
        }
    }
}
