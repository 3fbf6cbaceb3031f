using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace ClinicOps.ServiceDefaults.Http;

public static class UpstreamCall
{
    /// <summary>
    /// GETs JSON from another service: null for 404; 503 for anything else that is not a usable answer — refused,
    /// unresolvable, timed out after the resilience handler's retries, open circuit, an error status or a body that
    /// does not parse. Never a 500 for a dependency that is down.
    /// </summary>
    public static async Task<T?> GetJsonAsync<T>(HttpClient http, string service, string path, ILogger logger, CancellationToken ct)
        where T : class
    {
        try
        {
            using var response = await http.GetAsync(path, ct);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(ct) ?? throw new JsonException("The answer was empty.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or ExecutionRejectedException or InvalidOperationException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning(e, "GET {Path} at {Service} failed", path, service);
            throw new UpstreamUnavailableException(service);
        }
    }
}
