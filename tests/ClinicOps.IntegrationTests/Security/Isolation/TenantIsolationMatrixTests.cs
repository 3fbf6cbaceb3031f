using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>
/// Clinic B's owner addresses clinic A's data on every route of the API: B gets 404 (or an empty list, or its own zero
/// figures), and every read of A answers exactly as before. Generated from <see cref="IsolationRoutes"/>; the services'
/// OpenAPI documents prove the table complete.
/// </summary>
public sealed class TenantIsolationMatrixTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly PerApp<IsolationScenario> Scenarios = new(IsolationScenario.CreateAsync);

    public static TheoryData<string> Routes => new(IsolationRoutes.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Another_clinic_cannot_reach_a_clinics_data(string name)
    {
        var route = IsolationRoutes.Named(name);
        var scenario = await Scenarios.GetAsync(App);
        var path = scenario.A.Resolve(route.Template);
        var body = route.Expect == IsolationExpectation.OwnSessionOnly ? new { refreshToken = scenario.ARefreshToken } : route.Body?.Invoke(scenario.A);

        // Signing out everywhere ends the sender's sessions: a session of B's own that no other row needs sends it.
        var client = route.Expect == IsolationExpectation.OwnSessionsEndOnly ? await scenario.BSpareSessionAsync(App) : scenario.BClient;
        using var response = route.LimitedPerAddress
            ? await AuthCalls.PostAsync(client, path, body)
            : await client.SendJsonAsync(route.Method, path, body);

        await IsolationChecks.VerifyAsync(scenario, route, path, response);
        (await scenario.ReadAAsync()).AssertUnchangedSince(scenario.Baseline, $"B's {route.Method} {path}");
    }

    [Fact]
    public async Task Every_api_route_the_services_publish_has_a_row_in_the_matrix()
    {
        var published = await OpenApiRoutes.FetchAsync(GatewayClients.Create(App));
        var inTable = IsolationRoutes.All.Select(r => r.Route).ToHashSet();

        var withoutRow = published.Where(route => !inTable.Contains(route)).ToList();

        Assert.Empty(withoutRow);
    }

    [Fact]
    public async Task Every_row_of_the_matrix_is_a_route_the_services_publish()
    {
        var published = await OpenApiRoutes.FetchAsync(GatewayClients.Create(App));

        var notPublished = IsolationRoutes.All.Select(r => r.Route).Distinct().Where(route => !published.Contains(route)).ToList();

        Assert.Empty(notPublished);
    }
}
