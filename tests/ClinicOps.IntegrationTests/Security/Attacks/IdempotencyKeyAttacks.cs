using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Header injection through Idempotency-Key on a payment that would otherwise be recorded: 400, and no payment. A CR or
/// LF inside a header value cannot be sent with HttpClient (it refuses), so those go over a raw socket, as an attacker's
/// client would send them; Kestrel refuses such a request line before any application code runs, so that answer is a bare
/// 400 without a ProblemDetails body.
/// </summary>
public static class IdempotencyKeyAttacks
{
    private const string Payment = """{"amount": 12.34, "method": "cash", "status": "paid"}""";

    public static IEnumerable<AttackCase> Cases =>
    [
        Raw("Idempotency-Key with a bare CR", "Idempotency-Key: abc\rX-Injected: yes", problemDetails: false),
        Raw("Idempotency-Key with a bare LF", "Idempotency-Key: abc\nX-Injected: yes", problemDetails: false),
        Raw("Idempotency-Key sent twice", "Idempotency-Key: first\r\nIdempotency-Key: second", problemDetails: true),
        Key("Idempotency-Key with a tab and control characters", "abc\tdef\u0001ghi"),
        Key("Idempotency-Key of 201 characters", new string('k', 201)),
        Key("Idempotency-Key of 8 KB", new string('k', 8192)),
        Key("blank Idempotency-Key", "   "),
    ];

    private static AttackCase Key(string name, string key) => new(
        name,
        t => Text(t.Owner, "POST", t.PaymentsPath, Payment, configure: r => Assert.True(r.Headers.TryAddWithoutValidation("Idempotency-Key", key))),
        [BadRequest]);

    private static AttackCase Raw(string name, string headerLines, bool problemDetails) => new(
        name,
        t => RawHttp.SendAsync(t.Gateway, "POST", t.PaymentsPath,
            [$"Authorization: {t.Owner.DefaultRequestHeaders.Authorization}", "Content-Type: application/json", headerLines], Payment),
        [BadRequest],
        problemDetails);
}
