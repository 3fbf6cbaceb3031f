namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal static class SqlLists
{
    /// <summary>'a', 'b', 'c' — for CHECK constraints over fixed word lists.</summary>
    public static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));
}
