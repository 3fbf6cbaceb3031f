using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>A lead time in minutes, said the way people say it: "1 day", "2 hours", "1 day 2 hours", "90 minutes".</summary>
public static class LeadTime
{
    public static string Describe(int minutes)
    {
        var span = TimeSpan.FromMinutes(minutes);
        if (minutes % 60 != 0 && minutes < 24 * 60)
        {
            return Unit(minutes, "minute");
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(Unit(span.Days, "day"));
        }

        if (span.Hours > 0)
        {
            parts.Add(Unit(span.Hours, "hour"));
        }

        if (span.Minutes > 0)
        {
            parts.Add(Unit(span.Minutes, "minute"));
        }

        return string.Join(" ", parts);
    }

    private static string Unit(int count, string unit) => $"{count.ToString(CultureInfo.InvariantCulture)} {unit}{(count == 1 ? "" : "s")}";
}
