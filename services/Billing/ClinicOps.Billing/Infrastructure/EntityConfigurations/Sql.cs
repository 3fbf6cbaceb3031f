namespace ClinicOps.Billing.Infrastructure.EntityConfigurations;

internal static class Sql
{
    /// <summary><c>column IN ('a', 'b')</c> for a CHECK constraint over a fixed set of lower-case words.</summary>
    public static string In(string column, IEnumerable<string> values) =>
        $"{column} IN ({string.Join(", ", values.Select(v => $"'{v}'"))})";
}
