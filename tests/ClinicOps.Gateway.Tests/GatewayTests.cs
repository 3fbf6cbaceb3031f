using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;

namespace ClinicOps.Gateway.Tests;

public sealed class GatewayTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/api/doctors", "/api/doctors")]
    [InlineData("/api/appointments/7c1d0e38-0000-7000-8000-000000000001/payments", "/api/appointments/7c1d0e38-0000-7000-8000-000000000001/payments")]
    [InlineData("/api/appointments/7c1d0e38-0000-7000-8000-000000000001/reminders", "/api/appointments/7c1d0e38-0000-7000-8000-000000000001/reminders")]
    [InlineData("/api/dashboard", "/api/dashboard")]
    [InlineData("/api/me", "/api/me")]
    [InlineData("/api/me/password", "/api/me/password")]
    [InlineData("/api/appointment-types", "/api/appointment-types")]
    [InlineData("/api/availability?from=2027-03-01&to=2027-03-07", "/api/availability")]
    [InlineData("/api/doctors/7c1d0e38-0000-7000-8000-000000000001/working-hours", "/api/doctors/7c1d0e38-0000-7000-8000-000000000001/working-hours")]
    public async Task An_authenticated_request_is_forwarded_with_its_path(string path, string forwardedPath)
    {
        using var client = ClientFor(Guid.CreateVersion7());

        var echoed = await client.GetFromJsonAsync<EchoedRequest>(path);

        Assert.Equal(forwardedPath, echoed!.Path);
        Assert.StartsWith("Bearer ", echoed.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_tenant_headers_never_reach_a_service()
    {
        using var client = ClientFor(Guid.CreateVersion7());
        client.DefaultRequestHeaders.Add("X-Clinic-Id", Guid.CreateVersion7().ToString());
        client.DefaultRequestHeaders.Add("X-User-Id", Guid.CreateVersion7().ToString());

        var echoed = await client.GetFromJsonAsync<EchoedRequest>("/api/patients");

        Assert.False(echoed!.Headers.ContainsKey("X-Clinic-Id"));
        Assert.False(echoed.Headers.ContainsKey("X-User-Id"));
    }

    [Fact]
    public async Task The_trace_is_propagated_and_named_in_the_answer()
    {
        using var client = ClientFor(Guid.CreateVersion7());

        using var response = await client.GetAsync("/api/doctors");
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        Assert.True(echoed!.Headers.ContainsKey("traceparent"));
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Contains(requestId, echoed.Headers["traceparent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_is_ready_once_every_service_it_routes_to_answers_its_health_probe()
    {
        using var client = gateway.CreateClient();

        var status = await Eventually.GetAsync(async () =>
        {
            using var response = await client.GetAsync("/health");
            return response.StatusCode;
        }, status => status == HttpStatusCode.OK, "the gateway to report ready");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_at_the_gateway()
    {
        using var response = await gateway.CreateClient().GetAsync("/api/appointments");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("alg-none")]
    [InlineData("foreign-key")]
    [InlineData("expired")]
    [InlineData("tampered-clinic")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-issuer")]
    [InlineData("garbage")]
    public async Task A_forged_token_is_refused_at_the_gateway(string forgery)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenForgery.Forge(forgery, Guid.CreateVersion7()));

        using var response = await client.GetAsync("/api/appointments");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_up_and_login_are_open_without_a_token()
    {
        using var response = await gateway.CreateClient().PostAsJsonAsync("/api/clinics", new { clinicName = "x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the echo backend answered: the gateway let it through
    }

    [Fact]
    public async Task An_unknown_path_is_a_friendly_404_problem()
    {
        using var response = await gateway.CreateClient().GetAsync("/api/not-a-thing");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/api/not-a-thing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413()
    {
        using var client = ClientFor(Guid.CreateVersion7());
        using var body = new ByteArrayContent(new byte[(1024 * 1024) + 1]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/patients", body);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        // The unread body ends the connection; the client must not send its next request on it.
        Assert.True(response.Headers.ConnectionClose);
    }

    [Fact]
    public async Task One_clinic_hitting_its_rate_limit_gets_429_with_retry_after_and_other_clinics_do_not()
    {
        using var busy = ClientFor(Guid.CreateVersion7());
        using var quiet = ClientFor(Guid.CreateVersion7());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < GatewayFactory.ClinicPerMinute + 2; i++)
        {
            using var response = await busy.GetAsync("/api/doctors");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal(GatewayFactory.ClinicPerMinute, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var other = await quiet.GetAsync("/api/doctors");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private HttpClient ClientFor(Guid clinicId)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Mint(clinicId, Guid.CreateVersion7()));
        return client;
    }
}
