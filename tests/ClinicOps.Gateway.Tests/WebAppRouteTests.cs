using System.Net;
using System.Net.Http.Json;

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
        using var response = await gateway.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
