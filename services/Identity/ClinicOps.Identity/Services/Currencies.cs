using System.Globalization;

namespace ClinicOps.Identity.Services;

/// <summary>ISO 4217 codes of the currencies in use in some country or region (from the ICU data the runtime ships).</summary>
public static class Currencies
{
    private static readonly HashSet<string> Active = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => TryRegion(culture.Name)?.ISOCurrencySymbol)
        .OfType<string>()
        .Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The upper-case code when <paramref name="code"/> is an active ISO 4217 currency.</summary>
    public static bool TryNormalize(string? code, out string normalized)
    {
        normalized = (code ?? "").Trim().ToUpperInvariant();
        return Active.Contains(normalized);
    }

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            return null; // a culture without a region
        }
    }
}
