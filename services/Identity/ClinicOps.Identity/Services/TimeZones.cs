namespace ClinicOps.Identity.Services;

/// <summary>IANA time zone ids (e.g. "Europe/London", "UTC"); Windows ids and tzdata oddities are refused.</summary>
public static class TimeZones
{
    private static readonly HashSet<string> SystemZones =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The canonical spelling of <paramref name="id"/> when it is a known IANA zone.</summary>
    public static bool TryNormalize(string? id, out string normalized)
    {
        normalized = "";
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 64
            || !TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone)
            || !zone.HasIanaId)
        {
            return false;
        }

        // HasIanaId alone lets through files of the tz database that are not zones ("localtime", "posixrules",
        // "right/UTC"); a zone is either listed by the system or known to ICU's IANA/Windows mapping.
        if (!SystemZones.Contains(zone.Id) && !TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out _))
        {
            return false;
        }

        normalized = zone.Id;
        return true;
    }
}
