using System.Globalization;

namespace ClinicOps.Scheduling.Model;

/// <summary>Times of day as the API writes them, "HH:mm" (00:00–23:59, and 24:00 for the midnight that ends a day).</summary>
public static class ClockTimes
{
    /// <summary>Minutes since midnight, or null when <paramref name="text"/> is not HH:mm.</summary>
    public static int? Parse(string? text)
    {
        if (text is not { Length: 5 } || text[2] != ':' || !IsDigits(text[..2]) || !IsDigits(text[3..]))
        {
            return null;
        }

        var hours = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(text[3..], CultureInfo.InvariantCulture);
        return (hours, minutes) switch
        {
            (24, 0) => 24 * 60,
            ( < 24, < 60) => (hours * 60) + minutes,
            _ => null,
        };
    }

    public static string Format(int minuteOfDay) =>
        $"{(minuteOfDay / 60).ToString("00", CultureInfo.InvariantCulture)}:{(minuteOfDay % 60).ToString("00", CultureInfo.InvariantCulture)}";

    private static bool IsDigits(string text) => text.All(char.IsAsciiDigit);
}
