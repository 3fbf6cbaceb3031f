using System.Net.Http.Headers;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Errors asked for in a format that is not JSON: the answer is still a ProblemDetails with the error's own status (it
/// was a 500 with a stack trace when the problem writer found no writer for the Accept header).
/// </summary>
public static class AcceptHeaderAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        .. new[] { "text/csv", "text/html", "image/png" }.Select(accept =>
            new AttackCase($"no token, Accept: {accept}", t => Json(t.Anonymous, "GET", "/api/doctors", configure: Accepting(accept)), [Unauthorized])),
        new("revenue report with its range backwards, Accept: text/csv", t => Json(t.Owner, "GET", "/api/reports/revenue?from=2026-03-01&to=2026-02-01",
            configure: Accepting("text/csv")), [BadRequest]),
        new("unknown doctor, Accept: text/html", t => Json(t.Owner, "GET", $"/api/doctors/{Guid.CreateVersion7()}",
            configure: Accepting("text/html")), [NotFound]),
        new("bad page size, Accept: image/png", t => Json(t.Owner, "GET", "/api/payments?pageSize=0",
            configure: Accepting("image/png")), [BadRequest]),
        new("wrong method on a service route, Accept: text/csv", t => Json(t.Owner, "DELETE", "/api/dashboard",
            configure: Accepting("text/csv")), [MethodNotAllowed, NotFound]),
    ];

    private static Action<HttpRequestMessage> Accepting(string mediaType) => request =>
    {
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
    };
}
