using System.Net;
using System.Text.RegularExpressions;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Isolation;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.IntegrationTests.Security.Sessions;

/// <summary>Every route of the isolation matrix (so every route the services publish) that needs a token.</summary>
public static partial class EveryRoute
{
    private static readonly HashSet<string> Anonymous = ["POST /api/clinics", "POST /api/auth/login", "POST /api/auth/refresh"];

    public static IReadOnlyList<(string Method, string Path)> NeedingAToken { get; } = IsolationRoutes.All
        .Where(route => !Anonymous.Contains(route.Name))
        .Select(route => (route.Method, Placeholder().Replace(
            route.Template.Replace("{reportRange}", "from=2026-01-01&to=2026-01-31", StringComparison.Ordinal), _ => Guid.CreateVersion7().ToString())))
        .Distinct()
        .ToList();

    /// <summary>
    /// Sends every route with <paramref name="client"/> until each answers <paramref name="expected"/> (an error as ProblemDetails),
    /// and fails naming the routes that still did not when <paramref name="deadline"/> passes.
    /// </summary>
    public static async Task AnswerWithinAsync(HttpClient client, IEnumerable<(string Method, string Path)> routes, HttpStatusCode expected,
        DateTimeOffset deadline)
    {
        var pending = routes.ToDictionary(route => route, _ => 0);
        await Eventually.GetAsync(async () =>
        {
            foreach (var route in pending.Keys.ToList())
            {
                using var response = await client.SendJsonAsync(route.Method, route.Path, route.Method is "GET" or "DELETE" ? null : new { });
                if (response.StatusCode == expected)
                {
                    if ((int)expected >= 400)
                    {
                        await response.AssertProblemAsync(expected);
                    }

                    pending.Remove(route);
                }
                else
                {
                    pending[route] = (int)response.StatusCode;
                }
            }

            return string.Join(", ", pending.Select(p => $"{p.Key.Method} {p.Key.Path} -> {p.Value}"));
        }, stillPending => stillPending.Length == 0, $"every route to answer {(int)expected}", deadline - TimeProvider.System.GetUtcNow());
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
