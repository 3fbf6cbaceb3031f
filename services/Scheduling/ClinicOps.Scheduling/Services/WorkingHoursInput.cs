using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Reads a week of working hours from its body, naming every bad field at once (week[0].intervals[1].start): known day
/// names, each at most once; times as HH:mm on 5-minute boundaries; start before end; a day's intervals not overlapping
/// (they may come in any order and are kept sorted).
/// </summary>
internal static class WorkingHoursInput
{
    public static WeeklyHours Parse(WorkingHoursRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Week is null || request.Week.Count > Weekdays.InOrder.Count)
        {
            errors.Add("week", $"week must list at most {Weekdays.InOrder.Count} days, each once, e.g. " +
                """[{"day": "monday", "intervals": [{"start": "09:00", "end": "17:00"}]}].""");
            errors.ThrowIfAny();
        }

        var intervals = new List<(DayOfWeek, LocalInterval)>();
        var seen = new HashSet<DayOfWeek>();
        for (var d = 0; d < request.Week!.Count; d++)
        {
            var field = $"week[{d}]";
            var entry = request.Week[d];
            if (Weekdays.Parse(entry?.Day) is not { } day)
            {
                errors.Add($"{field}.day", $"day must be one of {string.Join(", ", Weekdays.Names)}.");
                continue;
            }

            if (!seen.Add(day))
            {
                errors.Add($"{field}.day", $"{Weekdays.Name(day)} is given more than once.");
                continue;
            }

            intervals.AddRange(Day(entry!.Intervals ?? [], field, errors).Select(i => (day, i)));
        }

        errors.ThrowIfAny();
        return new WeeklyHours(intervals);
    }

    private static List<LocalInterval> Day(IReadOnlyList<IntervalRequest?> given, string field, ValidationErrors errors)
    {
        if (given.Count > WeeklyHours.MaxIntervalsPerDay)
        {
            errors.Add($"{field}.intervals", $"A day has at most {WeeklyHours.MaxIntervalsPerDay} intervals.");
            return [];
        }

        var intervals = new List<LocalInterval>();
        for (var i = 0; i < given.Count; i++)
        {
            var at = $"{field}.intervals[{i}]";
            var start = Time(given[i]?.Start, $"{at}.start", "start", errors, allowMidnightEnd: false);
            var end = Time(given[i]?.End, $"{at}.end", "end", errors, allowMidnightEnd: true);
            if (start is { } s && end is { } e)
            {
                if (e <= s)
                {
                    errors.Add($"{at}.end", $"end must be after start ({ClockTimes.Format(s)}).");
                }
                else
                {
                    intervals.Add(new LocalInterval(s, e));
                }
            }
        }

        var sorted = intervals.OrderBy(i => i.StartMinute).ToList();
        foreach (var (first, second) in sorted.Zip(sorted.Skip(1)).Where(p => p.Second.StartMinute < p.First.EndMinute))
        {
            errors.Add($"{field}.intervals", $"The intervals {first} and {second} overlap.");
        }

        return sorted;
    }

    private static int? Time(string? text, string field, string name, ValidationErrors errors, bool allowMidnightEnd)
    {
        var minute = ClockTimes.Parse(text);
        if (minute is null || (minute == LocalInterval.MinutesPerDay && !allowMidnightEnd))
        {
            errors.Add(field, allowMidnightEnd
                ? $"{name} must be a time of day as HH:mm (00:05 to 24:00)."
                : $"{name} must be a time of day as HH:mm (00:00 to 23:55).");
            return null;
        }

        if (!WeeklyHours.IsOnBoundary(minute.Value))
        {
            errors.Add(field, $"{name} must be on a {WeeklyHours.BoundaryMinutes}-minute boundary ({text} is not).");
            return null;
        }

        return minute;
    }
}
