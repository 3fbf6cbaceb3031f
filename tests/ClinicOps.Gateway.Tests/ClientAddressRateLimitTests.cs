using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace ClinicOps.Gateway.Tests;

/// <summary>
/// Whose budget a login spends: an IPv6 client's /64, and the client named in X-Forwarded-For only when a trusted proxy
/// (<see cref="GatewayFactory.TrustedProxy"/>) sends it. Each test uses addresses of its own, so their budgets never mix.
/// </summary>
public sealed class ClientAddressRateLimitTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task IPv6_clients_of_one_64_share_one_login_budget()
    {
        for (var host = 1; host <= GatewayFactory.AuthPerMinute; host++)
        {
            Assert.Equal(StatusCodes.Status200OK, await LoginAsync($"2001:db8:64:1::{host:x}"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, await LoginAsync("2001:db8:64:1:ffff:ffff:ffff:fffe"));
        Assert.Equal(StatusCodes.Status200OK, await LoginAsync("2001:db8:64:2::1"));
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_untrusted_client_is_ignored()
    {
        for (var i = 1; i <= GatewayFactory.AuthPerMinute; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, await LoginAsync("203.0.113.77", forwardedFor: $"198.51.100.{i}"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, await LoginAsync("203.0.113.77", forwardedFor: "198.51.100.200"));
    }

    [Fact]
    public async Task A_trusted_proxys_X_Forwarded_For_names_the_client_whose_budget_is_spent()
    {
        for (var i = 1; i <= GatewayFactory.AuthPerMinute; i++)
        {
            // The browser's own claim (left) is not believed; the address the trusted proxy saw (right) is.
            Assert.Equal(StatusCodes.Status200OK, await LoginAsync(GatewayFactory.TrustedProxy, forwardedFor: $"10.1.1.{i}, 192.0.2.10"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, await LoginAsync(GatewayFactory.TrustedProxy, forwardedFor: "192.0.2.10"));
        Assert.Equal(StatusCodes.Status200OK, await LoginAsync(GatewayFactory.TrustedProxy, forwardedFor: "192.0.2.11"));
    }

    /// <summary>A login as if from <paramref name="peer"/> (the TCP peer TestServer has no socket for); its status.</summary>
    private async Task<int> LoginAsync(string peer, string? forwardedFor = null)
    {
        var context = await gateway.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/auth/login";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"email":"a@b.c","password":"x"}"""));
            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        return context.Response.StatusCode;
    }
}
