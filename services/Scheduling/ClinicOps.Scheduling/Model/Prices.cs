namespace ClinicOps.Scheduling.Model;

/// <summary>Prices are numeric(12,2) in the clinic's currency: at least 0, at most two decimals, below 10^10.</summary>
public static class Prices
{
    public const decimal Max = 9_999_999_999.99m;

    public static bool IsValid(decimal price) => price >= 0 && price <= Max && decimal.Round(price, 2) == price;

    /// <summary>The same price with exactly two decimals (80 → 80.00), so it reads alike from the request and the database.</summary>
    public static decimal Normalize(decimal price) => decimal.Round(price, 2) + 0.00m;
}
