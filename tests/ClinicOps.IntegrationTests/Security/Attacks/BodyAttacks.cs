using System.Text;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Bodies that are not what the API reads: broken JSON, other media types, too big, too deep.</summary>
public static class BodyAttacks
{
    private const int OverOneMegabyte = (1024 * 1024) + 4096;

    public static IEnumerable<AttackCase> Cases =>
    [
        new("malformed JSON (POST /api/patients)", t => Text(t.Owner, "POST", "/api/patients", """{"name": "Eve", "phone": """), [BadRequest]),
        new("malformed JSON (POST payments)", t => Text(t.Owner, "POST", t.PaymentsPath, """{"amount": 10.00, "method": "cash" """,
            configure: r => r.Headers.Add("Idempotency-Key", NewKey())), [BadRequest]),
        new("JSON nested 1,000 levels deep", t => Text(t.Owner, "POST", "/api/doctors",
            """{"name": "Dr Deep", "specialization": "x", "extra": """ + new string('[', 1000) + new string(']', 1000) + "}"), [BadRequest]),
        new("JSON object where a name belongs (operator injection)", t => Text(t.Owner, "POST", "/api/doctors",
            """{"name": {"$gt": ""}, "specialization": "x"}"""), [BadRequest]),
        new("empty body with application/json", t => Text(t.Owner, "POST", "/api/doctors", ""), [BadRequest]),
        new("wrong content type text/plain", t => Text(t.Owner, "POST", "/api/doctors",
            """{"name": "Dr Plain", "specialization": "x"}""", "text/plain"), [UnsupportedMediaType, BadRequest]),
        new("wrong content type form-urlencoded", t => Text(t.Owner, "POST", "/api/patients",
            "name=Eve&phone=%2B493012345678", "application/x-www-form-urlencoded"), [UnsupportedMediaType, BadRequest]),
        // Expect: 100-continue, as a careful client sends a large body: the gateway refuses it from the headers alone and
        // closes the connection, so without it the client may still be writing and see a broken pipe, not the answer.
        new("1 MB+ body with Content-Length", t => Text(t.Owner, "POST", "/api/patients", HugePatient(),
            configure: r => r.Headers.ExpectContinue = true), [RequestEntityTooLarge]),
        new("1 MB+ body sent chunked", t => AttackAnswer.FromAsync(t.Owner.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/patients")
        {
            Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(HugePatient()), "application/json"),
        })), [RequestEntityTooLarge]),
        new("10,000-character doctor name", t => Json(t.Owner, "POST", "/api/doctors",
            new { name = new string('A', 10_000), specialization = "x" }), [BadRequest]),
        new("duration beyond a 32-bit integer", t => Text(t.Owner, "POST", "/api/appointments",
            $$"""{"doctorId": "{{t.Clinic.DoctorId}}", "patientId": "{{t.Clinic.PatientId}}", "startsAt": "{{InADay()}}", "durationMinutes": 99999999999}"""),
            [BadRequest]),
    ];

    private static string HugePatient() => $$"""{"name": "{{new string('x', OverOneMegabyte)}}", "phone": "+493012345678"}""";

    private static string InADay() => TimeProvider.System.GetUtcNow().AddDays(1).ToString("O");
}
