using System.Net;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>
/// Calls of the anonymous routes (sign-up, /api/auth/*). The gateway limits them per address (429 "Too many requests");
/// when a test run reaches that limit, the call waits out Retry-After and is sent again, so what a test sees is the
/// service's answer — including identity's own 429 "Too many attempts" lockout, which is passed through.
/// </summary>
public static class AuthCalls
{
    public const string GatewayLimitTitle = "Too many requests";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body) =>
        WithinGatewayLimitAsync(() => client.SendJsonAsync("POST", path, body));

    /// <summary>Sends again (up to three times) while the gateway's per-address limit answers 429.</summary>
    public static async Task<HttpResponseMessage> WithinGatewayLimitAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 3 || !await FromGatewayAsync(response))
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(30);
            response.Dispose();
            await Task.Delay(wait + TimeSpan.FromMilliseconds(500));
        }
    }

    public static async Task<Session> LoginAsync(HttpClient client, string email, string password)
    {
        using var response = await PostAsync(client, "/api/auth/login", new { email, password });
        return ToSession(await response.ExpectJsonAsync(HttpStatusCode.OK));
    }

    public static async Task<Session> RefreshAsync(HttpClient client, string refreshToken)
    {
        using var response = await PostAsync(client, "/api/auth/refresh", new { refreshToken });
        return ToSession(await response.ExpectJsonAsync(HttpStatusCode.OK));
    }

    public static Session ToSession(JsonElement answer) => new(
        answer.GetProperty("clinic").Id(), answer.GetProperty("user").Id(),
        answer.GetProperty("accessToken").GetString()!, answer.GetProperty("refreshToken").GetString()!);

    private static async Task<bool> FromGatewayAsync(HttpResponseMessage response)
    {
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return problem.RootElement.Text("title") == GatewayLimitTitle;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
