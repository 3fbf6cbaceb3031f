using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace ClinicOps.ServiceDefaults.Http;

public static class UpstreamCall
{
    /// <summary>
    /// GETs JSON from another service with the caller's token: null for 404; the other service's 401 or 403 passed on
    /// (<see cref="UpstreamRefusedException"/>); 503 for anything else that is not a usable answer — refused,
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

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw await RefusedAsync(response, ct);
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

    private static async Task<UpstreamRefusedException> RefusedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        Said? said;
        try
        {
            said = await response.Content.ReadFromJsonAsync<Said>(ct);
        }
        catch (JsonException)
        {
            said = null; // a proxy's bare 401 still means the token was refused
        }

        return new UpstreamRefusedException(status, said?.Title ?? (status == 401 ? "Unauthorized" : "Forbidden"),
            said?.Detail ?? (status == 401 ? "This session has ended; sign in again." : "Your role does not allow this action."));
    }

    /// <summary>The two fields of the other service's ProblemDetails that speak to the caller.</summary>
    private sealed record Said(string? Title, string? Detail);
}
