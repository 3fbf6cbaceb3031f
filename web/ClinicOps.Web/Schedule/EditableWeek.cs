using System.Text.RegularExpressions;
using ClinicOps.Web.Api;

namespace ClinicOps.Web.Schedule;

/// <summary>
/// A doctor's week in the working-hours editor: every day, Monday first, with its intervals in the order typed. It knows
/// which API field names (<c>week[0].intervals[1].end</c>) its inputs will have once sent, so the API's errors can be
/// shown next to them.
/// </summary>
public sealed partial class EditableWeek
{
    public IReadOnlyList<(DayOfWeek Day, List<EditableInterval> Intervals)> Days { get; }

    private EditableWeek(IReadOnlyList<(DayOfWeek, List<EditableInterval>)> days) => Days = days;

    public static EditableWeek From(WorkingHours hours) =>
        new([.. WorkingHours.Days.Select(day => (day, hours.On(day).Select(EditableInterval.From).ToList()))]);

    /// <summary>The intervals with a time missing, by the input names the editor shows them under.</summary>
    public IReadOnlyDictionary<string, string[]> Incomplete()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (day, intervals) in Days)
        {
            for (var i = 0; i < intervals.Count; i++)
            {
                if (intervals[i].Start is null || intervals[i].End is null)
                {
                    errors[Key(day, i)] = ["Enter both times, or remove these hours."];
                }
            }
        }

        return errors;
    }

    /// <summary>The week as the API takes it: the days with hours, each once.</summary>
    public IReadOnlyList<WorkingDay> ToWeek() =>
        [.. Days.Where(d => d.Intervals.Count > 0).Select(d => new WorkingDay(WorkingHours.DayName(d.Day), [.. d.Intervals.Select(i => i.ToInterval())]))];

    /// <summary>
    /// The API's field errors by the editor's keys ("monday/1" for Monday's second interval, "monday" for the day): the
    /// API numbers the days sent, which are only those with hours.
    /// </summary>
    public (IReadOnlyDictionary<string, string[]> ByKey, IReadOnlyList<string> Unplaced) Place(IReadOnlyDictionary<string, string[]> apiErrors)
    {
        var sent = Days.Where(d => d.Intervals.Count > 0).Select(d => d.Day).ToList();
        var byKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        foreach (var (field, messages) in apiErrors)
        {
            var key = KeyOf(field, sent);
            if (key is null)
            {
                unplaced.AddRange(messages);
            }
            else
            {
                byKey[key] = byKey.TryGetValue(key, out var earlier) ? [.. earlier, .. messages] : messages;
            }
        }

        return (byKey, unplaced);
    }

    public static string Key(DayOfWeek day, int? interval = null) =>
        interval is { } i ? $"{WorkingHours.DayName(day)}/{i}" : WorkingHours.DayName(day);

    private static string? KeyOf(string field, List<DayOfWeek> sent)
    {
        // week[2].intervals[1].end → the third day sent, its second interval
        var match = FieldPattern().Match(field);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, out var dayIndex) || dayIndex >= sent.Count)
        {
            return null;
        }

        return match.Groups[2].Success && int.TryParse(match.Groups[2].Value, out var interval)
            ? Key(sent[dayIndex], interval)
            : Key(sent[dayIndex]);
    }

    [GeneratedRegex(@"^week\[(\d+)\](?:\.intervals(?:\[(\d+)\])?)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex FieldPattern();
}
