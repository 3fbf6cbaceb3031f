using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Page sizes outside 1–100 and pages below 1, on every list: 400.</summary>
public static class PagingAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Page("page size 0", "/api/patients?pageSize=0"),
        Page("page size 10,000", "/api/appointments?pageSize=10000"),
        Page("page size -1", "/api/payments?pageSize=-1"),
        Page("page size 10,000 on users", "/api/users?pageSize=10000"),
        Page("page 0", "/api/reminders?page=0"),
        Page("page size that is not a number", "/api/doctors?pageSize=abc"),
        Page("page beyond a 32-bit integer", "/api/doctors?page=99999999999"),
        // (page - 1) × pageSize overflows the SQL offset unless the page number is capped.
        .. new[] { "/api/users", "/api/doctors", "/api/patients", "/api/appointments", "/api/payments", "/api/reminders" }
            .Select(list => Page($"page 30,000,000 (offset overflow) on {list}", $"{list}?page=30000000&pageSize=100")),
    ];

    private static AttackCase Page(string name, string path) => new(name, t => Json(t.Owner, "GET", path), [BadRequest]);
}
