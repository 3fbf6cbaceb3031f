using System.Net.Http.Headers;
using ClinicOps.IntegrationTests.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>Clients for the running app's gateway whose every answer passes through <see cref="GuardedHandler"/>.</summary>
public static class GatewayClients
{
    private static readonly SocketsHttpHandler Connections = new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        AllowAutoRedirect = false,
    };

    /// <summary>A client with a bearer token when one is given; answers go to <paramref name="log"/> when one is given.</summary>
    public static HttpClient Create(WholeAppFixture app, string? accessToken = null, ExchangeLog? log = null)
    {
        // The handler chain is shared by design and never disposed with the client.
        var client = new HttpClient(new GuardedHandler(Connections, log), disposeHandler: false)
        {
            BaseAddress = app.Gateway.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }
}
