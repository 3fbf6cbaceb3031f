using System.Collections.Frozen;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// IANA time zone → ISO 3166 country, from tzdata's zone.tab and its backward links, shipped as an embedded
/// resource so it works on any machine (no /usr/share/zoneinfo needed).
/// </summary>
public sealed class TimeZoneCountries
{
    private const string ResourceName = "ClinicOps.Scheduling.Resources.timezone-countries.tsv";
    private readonly FrozenDictionary<string, string> _countries;

    public TimeZoneCountries()
    {
        using var stream = typeof(TimeZoneCountries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [var zone, var country])
            {
                continue;
            }

            countries[zone] = country;
        }

        _countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The country of a time zone, or null for one without a country (UTC, Etc/GMT+3) or an unknown id.</summary>
    public string? CountryOf(string? timeZone) =>
        timeZone is not null && _countries.TryGetValue(timeZone, out var country) ? country : null;
}
