using System.Net;
using System.Net.Http.Json;

namespace ClinicOps.Gateway.Tests;

/// <summary>Its own gateway, so no other test spends this address's sign-up and login budget.</summary>
public sealed class AuthRateLimitTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Login_attempts_from_one_address_are_limited_with_429_problem_details()
    {
        using var client = gateway.CreateClient();
        for (var i = 0; i < GatewayFactory.AuthPerMinute; i++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode); // the echo backend answered
        }

        using var refused = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" });

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}
