using System.Globalization;

namespace ClinicOps.Web.Clinic;

/// <summary>Money as staff read it: the amount in the browser's number format with the clinic's currency code.</summary>
public static class Money
{
    public static string Format(decimal amount, string currency) =>
        $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {currency}";
}
