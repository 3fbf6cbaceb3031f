using System.Globalization;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Analytics.Services;

/// <summary>An inclusive range of days in the clinic's time zone, at most <see cref="MaxDays"/> long.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;
    public const string DateFormat = "yyyy-MM-dd";

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Parses the query's dates; a missing or malformed date or a bad range answers 400 with field errors.</summary>
    public static ReportRange Parse(string? from, string? to)
    {
        var errors = new ValidationErrors();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        errors.ThrowIfAny();

        var range = new ReportRange(fromDate, toDate);
        errors.AddIf(range.From > range.To, "to", "'to' must not be before 'from'.");
        errors.AddIf(range.From <= range.To && range.Days > MaxDays, "to", $"The range may span at most {MaxDays} days.");
        errors.ThrowIfAny();
        return range;
    }

    private static DateOnly ParseDate(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"'{field}' is required ({DateFormat}).");
            return default;
        }

        if (!DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, $"'{field}' must be a date formatted {DateFormat}.");
        }

        return date;
    }
}
