using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Ids that are not UUIDs, and ids that try to climb out of their route: 404 (or 400), never another resource.</summary>
public static class IdAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Id("non-UUID doctor id", "GET", "/api/doctors/not-a-uuid"),
        Id("numeric payment id", "POST", "/api/payments/12345/refund"),
        Id("non-UUID appointment id under payments", "POST", "/api/appointments/not-a-uuid/payments", new { amount = 10.00m, method = "cash" }),
        Id("SQL in an id", "GET", "/api/patients/1'%20OR%20'1'%3D'1"),
        Id("encoded path traversal in a patient id", "DELETE", "/api/patients/..%2F..%2Fadmin"),
        Id("encoded path traversal in a reminder id", "POST", "/api/reminders/..%2F..%2Fadmin/cancel"),
        Id("double-encoded path traversal in an appointment id", "POST", "/api/appointments/%252e%252e%252f%252e%252e%252fadmin/complete"),
        Verbatim("dot-segment path traversal (../../etc/passwd)", "GET", "/api/doctors/../../etc/passwd"),
        Verbatim("percent-encoded dot segments (%2e%2e/%2e%2e/etc/passwd)", "POST", "/api/payments/%2e%2e/%2e%2e/etc/passwd"),
        Id("all-zero UUID", "GET", "/api/payments/00000000-0000-0000-0000-000000000000"),
    ];

    /// <summary>
    /// The path sent as written: HttpClient would otherwise resolve the dot segments itself. The server resolves them
    /// (to /etc/passwd), which is outside the API: the staff web app answers with its not-found page (or, for a form post
    /// without its antiforgery token, a 400), not with ProblemDetails — and no service sees the request.
    /// </summary>
    private static AttackCase Verbatim(string name, string method, string path) => new(
        name,
        t => AttackAnswer.FromAsync(t.Owner.SendAsync(new HttpRequestMessage(new HttpMethod(method),
            new Uri(t.Gateway.ToString().TrimEnd('/') + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true })))),
        [NotFound, BadRequest],
        ProblemDetails: false);

    private static AttackCase Id(string name, string method, string path, object? body = null) =>
        new(name, t => Json(t.Owner, method, path, body), [NotFound, BadRequest]);
}
