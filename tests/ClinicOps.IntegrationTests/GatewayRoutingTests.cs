using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests;

public sealed class GatewayRoutingTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task Doctors_without_a_token_answer_401_problem_details()
    {
        using var response = await App.Gateway.GetAsync("/api/doctors");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/me")] // identity
    [InlineData("/api/users")] // identity
    [InlineData("/api/doctors")] // scheduling
    [InlineData("/api/patients")] // scheduling
    [InlineData("/api/appointments")] // scheduling
    [InlineData("/api/appointments/0197a3c2-0000-7000-8000-000000000001/payments")] // billing
    [InlineData("/api/payments")] // billing
    [InlineData("/api/appointments/0197a3c2-0000-7000-8000-000000000001/reminders")] // reminders
    [InlineData("/api/reminders")] // reminders
    [InlineData("/api/dashboard")] // analytics
    [InlineData("/api/reports/revenue")] // analytics
    public async Task Every_service_route_without_a_token_answers_401_problem_details(string path)
    {
        using var response = await App.Gateway.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("scheduling")]
    [InlineData("billing")]
    [InlineData("reminders")]
    [InlineData("analytics")]
    public async Task The_gateway_reaches_every_service(string service)
    {
        // The gateway serves each service's own OpenAPI document, fetched from that service through service discovery.
        using var response = await App.Gateway.GetAsync($"/openapi/{service}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = document.RootElement.GetProperty("info").GetProperty("title").GetString();
        Assert.Contains(service, title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_path_answers_404_problem_details_from_the_gateway()
    {
        using var response = await App.Gateway.GetAsync("/api/no-such-thing");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_valid_token_passes_the_gateway_to_the_service()
    {
        using var client = App.CreateClientFor(Guid.CreateVersion7());

        using var response = await client.GetAsync("/api/doctors");

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }
}
