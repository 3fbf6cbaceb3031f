namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A doctor's working hours: for each day of the week its intervals on the wall clock, sorted, on 5-minute boundaries and
/// not overlapping. A day without intervals has no hours; a week without any means the doctor accepts any time.
/// </summary>
public sealed class WeeklyHours
{
    public const int BoundaryMinutes = 5;
    public const int MaxIntervalsPerDay = 12;

    private readonly Dictionary<DayOfWeek, IReadOnlyList<LocalInterval>> _days;

    public WeeklyHours(IEnumerable<(DayOfWeek Day, LocalInterval Interval)> intervals)
    {
        _days = intervals.GroupBy(i => i.Day)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LocalInterval>)[.. g.Select(i => i.Interval).OrderBy(i => i.StartMinute)]);
        foreach (var (day, list) in _days)
        {
            if (list.Count > MaxIntervalsPerDay || list.Any(i => !IsValid(i)) || list.Zip(list.Skip(1)).Any(p => p.Second.StartMinute < p.First.EndMinute))
            {
                throw new ArgumentException($"The intervals of {Weekdays.Name(day)} break the rules of working hours.", nameof(intervals));
            }
        }
    }

    public static WeeklyHours None { get; } = new([]);

    public bool IsEmpty => _days.Count == 0;

    /// <summary>The days with hours, Monday first.</summary>
    public IEnumerable<DayOfWeek> Days => Weekdays.InOrder.Where(_days.ContainsKey);

    public IReadOnlyList<LocalInterval> On(DayOfWeek day) => _days.GetValueOrDefault(day) ?? [];

    public IEnumerable<(DayOfWeek Day, LocalInterval Interval)> All => Days.SelectMany(day => On(day).Select(i => (day, i)));

    public static bool IsOnBoundary(int minuteOfDay) => minuteOfDay % BoundaryMinutes == 0;

    private static bool IsValid(LocalInterval i) =>
        i.StartMinute >= 0 && i.EndMinute <= LocalInterval.MinutesPerDay && i.StartMinute < i.EndMinute
        && IsOnBoundary(i.StartMinute) && IsOnBoundary(i.EndMinute);
}
