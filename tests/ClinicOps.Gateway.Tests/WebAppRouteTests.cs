using System.Net;
using System.Net.Http.Json;
using ClinicOps.Testing;

namespace ClinicOps.Gateway.Tests;

/// <summary>The staff web app takes every path outside the API, anonymously (it signs people in itself).</summary>
public sealed class WebAppRouteTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/patients/7c1d0e38-0000-7000-8000-000000000001")]
    [InlineData("/lib/bootstrap/dist/css/bootstrap.min.css")]
    [InlineData("/_blazor/negotiate")]
    public async Task A_path_outside_the_api_reaches_the_web_app_without_a_token(string path)
    {
        using var client = gateway.CreateClient();

        var echoed = await client.GetFromJsonAsync<EchoedRequest>(path);

        Assert.Equal(path, echoed!.Path);
        Assert.False(echoed.Headers.ContainsKey("Authorization"));
    }

    [Theory]
    [InlineData("/api/not-a-thing")]
    [InlineData("/api/")]
    [InlineData("/api/doctorsx")]
    [InlineData("/openapi/nothing/here")]
    public async Task An_unknown_api_path_stays_the_gateways_404_problem_and_never_reaches_the_web_app(string path)
    {
        using var response = await gateway.CreateClient().GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_gateways_own_health_endpoint_is_not_the_web_apps()
    {
        using var client = gateway.CreateClient();

        // The gateway is ready once its first probes of the services have answered, a moment after it starts.
        var (status, mediaType, body) = await Eventually.GetAsync(async () =>
            {
                using var response = await client.GetAsync("/health");
                return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
            },
            answer => answer.StatusCode == HttpStatusCode.OK, "the gateway's /health to answer 200", TimeSpan.FromSeconds(30));

        Assert.Equal((HttpStatusCode.OK, "text/plain", "Healthy"), (status, mediaType, body));
    }
}
