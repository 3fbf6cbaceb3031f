namespace ClinicOps.Scheduling.Services;

internal static class Text
{
    /// <summary>Trimmed text, or null for null / blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An ILIKE pattern matching <paramref name="value"/> anywhere, with its wildcards escaped (escape char '\').</summary>
    public static string ContainsPattern(string value) =>
        "%" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>An ILIKE pattern matching exactly <paramref name="value"/> (case-insensitively).</summary>
    public static string ExactPattern(string value) => ContainsPattern(value)[1..^1];
}
