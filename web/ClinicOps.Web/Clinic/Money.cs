using System.Globalization;

namespace ClinicOps.Web.Clinic;

/// <summary>Money as pages show it: two decimals in the reader's number format, then the ISO currency code.</summary>
public static class Money
{
    public static string Format(decimal amount, string? currency) =>
        $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {currency}".TrimEnd();
}
