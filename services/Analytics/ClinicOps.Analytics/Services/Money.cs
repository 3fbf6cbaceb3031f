namespace ClinicOps.Analytics.Services;

public static class Money
{
    /// <summary>
    /// Digits of a stored total (numeric(24,2)). A payment may be as large as billing's numeric(12,2) allows, and a total
    /// adds up any number of them: at 12 digits two maximal payments overflowed it, the event went to the error queue and
    /// the clinic's dashboard stopped. 24 digits hold more maximal payments than a clinic can record.
    /// </summary>
    public const int TotalPrecision = 24;

    /// <summary>Rounds to cents and keeps two decimals, so 0 is written as 0.00 and 12.5 as 12.50.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
