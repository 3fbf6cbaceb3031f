namespace ClinicOps.Web.Api;

public static class Blank
{
    /// <summary>An empty form field means "none" to the API, not an empty string.</summary>
    public static string? ToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
