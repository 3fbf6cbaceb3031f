namespace ClinicOps.Analytics.Services;

public static class Money
{
    /// <summary>Rounds to cents and keeps two decimals, so 0 is written as 0.00 and 12.5 as 12.50.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
