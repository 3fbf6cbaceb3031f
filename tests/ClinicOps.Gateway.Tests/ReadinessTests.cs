using System.Diagnostics;
using System.Net;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace ClinicOps.Gateway.Tests;

/// <summary>The gateway in front of services that are up, but for billing, whose address has nothing listening.</summary>
public sealed class ReadinessTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>, IAsyncLifetime
{
    private WebApplicationFactory<Program>? billingDown;

    private WebApplicationFactory<Program> BillingDown => billingDown!;

    public Task InitializeAsync()
    {
        billingDown = gateway.WithWebHostBuilder(builder =>
            builder.UseSetting("ReverseProxy:Clusters:billing:Destinations:d1:Address", "http://127.0.0.1:9/"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await BillingDown.DisposeAsync();

    [Fact]
    public async Task A_request_for_a_service_that_is_down_gets_a_fast_503_with_retry_after()
    {
        using var client = OwnerClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync("/api/payments");

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"answered after {clock.Elapsed}");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("billing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_is_not_ready_while_a_service_it_routes_to_is_not()
    {
        using var client = BillingDown.CreateClient();
        var proxy = BillingDown.Services.GetRequiredService<IProxyStateLookup>();

        // Until their first probe, services count as "not probed yet": wait until every probe has answered.
        await Eventually.UntilAsync(() => Task.FromResult(proxy.GetClusters().All(cluster =>
                cluster.Destinations.Values.All(d => d.Health.Active == (cluster.ClusterId == "billing" ? DestinationHealth.Unhealthy : DestinationHealth.Healthy)))),
            "every service probed: billing down, the others up", TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Services_that_are_up_are_still_reached_while_another_is_down()
    {
        using var client = OwnerClient();

        using var response = await client.GetAsync("/api/doctors");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient OwnerClient()
    {
        var client = BillingDown.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Mint(Guid.CreateVersion7(), Guid.CreateVersion7(), "owner"));
        return client;
    }
}
