using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>"HH:mm" to "HH:mm" on the clinic's wall clock ("24:00" ends a day at midnight).</summary>
public sealed record WorkingInterval(string Start, string End)
{
    public int StartMinute => MinuteOfDay(Start);

    public int EndMinute => MinuteOfDay(End);

    public static string Format(int minuteOfDay) =>
        string.Create(CultureInfo.InvariantCulture, $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}");

    /// <summary>Minutes since midnight of an "HH:mm" the API wrote; anything else counts as midnight.</summary>
    public static int MinuteOfDay(string text) =>
        text is { Length: 5 } && int.TryParse(text[..2], CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(text[3..], CultureInfo.InvariantCulture, out var minutes)
            ? (hours * 60) + minutes
            : 0;
}
