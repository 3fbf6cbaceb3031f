using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Amounts and prices a numeric(12,2) column of money cannot hold: 400, and no payment or appointment type recorded.</summary>
public static class MoneyAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Amount("negative amount", "-10.00"),
        Amount("amount with 3 decimals", "10.005"),
        Amount("zero amount", "0"),
        Amount("amount beyond numeric(12,2)", "10000000000.00"),
        Amount("amount beyond decimal", "1e30"),
        Amount("amount as a string", "\"ten\""),
        Price("negative appointment type price", "-0.01"),
        Price("appointment type price with 3 decimals", "80.005"),
        Price("appointment type price beyond numeric(12,2)", "10000000000.00"),
        Price("appointment type price beyond decimal", "1e30"),
    ];

    private static AttackCase Price(string name, string price) => new(
        name,
        t => Text(t.Owner, "POST", "/api/appointment-types", $$"""{"name": "Priced {{Guid.CreateVersion7():N}}", "durationMinutes": 30, "price": {{price}}}"""),
        [BadRequest]);

    private static AttackCase Amount(string name, string amount) => new(
        name,
        t => Text(t.Owner, "POST", t.PaymentsPath, $$"""{"amount": {{amount}}, "method": "cash", "status": "paid"}""",
            configure: r => r.Headers.Add("Idempotency-Key", NewKey())),
        [BadRequest]);
}
