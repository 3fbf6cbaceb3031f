using System.Globalization;

namespace ClinicOps.Billing.Model;

/// <summary>Amounts are numeric(12,2): positive, at most two decimals, below 10^10.</summary>
public static class Money
{
    public const decimal Max = 9_999_999_999.99m;

    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>
    /// The same amount with exactly two decimals (100 → 100.00), so it reads the same in JSON whether it came from the
    /// request or from the database, and an idempotent replay is byte-identical.
    /// </summary>
    public static decimal Normalize(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    public static string Format(decimal amount) => Normalize(amount).ToString("F2", CultureInfo.InvariantCulture);
}
