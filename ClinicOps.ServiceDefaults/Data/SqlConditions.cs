namespace ClinicOps.ServiceDefaults.Data;

/// <summary>
/// Conditions over a column that holds one word of a fixed vocabulary (the statuses, types and roles of
/// ClinicOps.Contracts), for CHECK constraints and filtered indexes, so the database allows exactly the words the code knows.
/// </summary>
public static class SqlConditions
{
    /// <summary><c>status IN ('a', 'b')</c>.</summary>
    public static string In(string column, IEnumerable<string> words) => $"{column} IN ({Quoted(words)})";

    /// <summary><c>status NOT IN ('a', 'b')</c>.</summary>
    public static string NotIn(string column, IEnumerable<string> words) => $"{column} NOT IN ({Quoted(words)})";

    private static string Quoted(IEnumerable<string> words) =>
        string.Join(", ", words.Select(word => word.All(c => char.IsAsciiLetterLower(c) || c == '_')
            ? $"'{word}'"
            : throw new ArgumentException($"'{word}' is not a lower-case word.", nameof(words))));
}
