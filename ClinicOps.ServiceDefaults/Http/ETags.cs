namespace ClinicOps.ServiceDefaults.Http;

/// <summary>Entity tags built from a row version (PostgreSQL xmin), for ETag / If-Match.</summary>
public static class ETags
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>True when If-Match is absent, "*", or names the current version.</summary>
    public static bool Matches(string? ifMatch, uint version)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return true;
        }

        var current = Format(version);
        return ifMatch.Split(',').Select(tag => tag.Trim().Replace("W/", "", StringComparison.Ordinal))
            .Any(tag => tag == current);
    }
}
