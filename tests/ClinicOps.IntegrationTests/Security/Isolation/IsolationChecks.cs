using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>Checks B's answer on one row of the matrix against the row's <see cref="IsolationExpectation"/>.</summary>
public static class IsolationChecks
{
    private static readonly HttpStatusCode[] RefusalStatuses =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity,
    ];

    public static async Task VerifyAsync(IsolationScenario scenario, IsolationRoute route, string path, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var what = $"B's {route.Method} {path} answered {(int)response.StatusCode}: {body}";
        switch (route.Expect)
        {
            case IsolationExpectation.NotFound:
                await response.AssertProblemAsync(HttpStatusCode.NotFound);
                break;

            case IsolationExpectation.NotFoundOrEmpty when response.StatusCode == HttpStatusCode.NotFound:
                await response.AssertProblemAsync(HttpStatusCode.NotFound);
                break;

            case IsolationExpectation.NotFoundOrEmpty:
                Assert.True(response.StatusCode == HttpStatusCode.OK, what);
                Assert.True(Parse(body).Rows().Count == 0, $"{what} (A's rows are listed to B)");
                break;

            case IsolationExpectation.OnlyOwnRows:
                Assert.True(response.StatusCode == HttpStatusCode.OK, what);
                AssertShowsNothingOfA(scenario, body, what);
                var foreign = Parse(body).Rows().Select(r => r.Id()).Where(id => !scenario.BOwnIds.ContainsKey(id)).ToList();
                Assert.True(foreign.Count == 0, $"{what} (rows that are not B's: {string.Join(", ", foreign)})");
                break;

            case IsolationExpectation.OwnZeroFigures:
                Assert.True(response.StatusCode == HttpStatusCode.OK, what);
                AssertShowsNothingOfA(scenario, body, what);
                Assert.True(Parse(body).Numbers().All(n => n == 0), $"{what} (B has no appointments or payments, so every figure must be 0)");
                break;

            case IsolationExpectation.OwnRecord:
                Assert.True(response.IsSuccessStatusCode, what);
                AssertShowsNothingOfA(scenario, body, what);
                if (scenario.Baseline.Reads.TryGetValue(path, out var aSees))
                {
                    Assert.True(aSees != $"200 {body}", $"{what} (the same as A sees on that path)");
                }

                if (response.StatusCode == HttpStatusCode.Created)
                {
                    scenario.BOwnIds[Parse(body).Id()] = true;
                }

                break;

            case IsolationExpectation.Refused:
                Assert.True(RefusalStatuses.Contains(response.StatusCode), what);
                await response.AssertProblemAsync(response.StatusCode);
                break;

            case IsolationExpectation.OwnSessionOnly or IsolationExpectation.OwnSessionsEndOnly:
                Assert.True(response.StatusCode == HttpStatusCode.NoContent, what);
                // B's logout must not have ended A's session: A's refresh token still works.
                scenario.ARefreshToken = (await AuthCalls.RefreshAsync(scenario.Anonymous, scenario.ARefreshToken)).RefreshToken;
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(route), route.Expect, null);
        }
    }

    private static void AssertShowsNothingOfA(IsolationScenario scenario, string body, string what)
    {
        var seen = scenario.A.Markers.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(seen.Count == 0, $"{what} (shows A's data: {string.Join(", ", seen)})");
    }

    private static JsonElement Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
