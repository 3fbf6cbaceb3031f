using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Amounts a numeric(12,2) column of positive money cannot hold: 400, and no payment recorded.</summary>
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
    ];

    private static AttackCase Amount(string name, string amount) => new(
        name,
        t => Text(t.Owner, "POST", t.PaymentsPath, $$"""{"amount": {{amount}}, "method": "cash", "status": "paid"}""",
            configure: r => r.Headers.Add("Idempotency-Key", NewKey())),
        [BadRequest]);
}
