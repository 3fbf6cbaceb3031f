namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// A busy clinic's diary: its doctors see patients Monday to Saturday at eight fixed half-hours (08:00–11:30 and
/// 13:00–16:30, wall clock), two weeks of them still ahead and scheduled, the rest in the past as far back as the
/// count needs. Today is left out, so no seeded visit is under way while the figure runs.
/// </summary>
public sealed record DiaryShape(int Count, int Doctors, TimeZoneInfo Zone, DateOnly Today)
{
    public const int DaysAhead = 14;
    public const int VisitMinutes = 30;

    public static readonly IReadOnlyList<TimeOnly> Times =
    [
        new(8, 0), new(9, 0), new(10, 0), new(11, 0), new(13, 0), new(14, 0), new(15, 0), new(16, 0),
    ];

    /// <summary>Every visit: which doctor, when, and whether it is still ahead.</summary>
    public IEnumerable<(int Doctor, DateTimeOffset StartsAt, bool Upcoming)> Visits()
    {
        var ahead = Enumerable.Range(1, DaysAhead).Select(d => (Day: Today.AddDays(d), Upcoming: true));
        var past = Enumerable.Range(1, int.MaxValue - 1).Select(d => (Day: Today.AddDays(-d), Upcoming: false));
        return ahead.Concat(past)
            .Where(d => IsWorkingDay(d.Day))
            .SelectMany(d => Times.SelectMany(time => Enumerable.Range(0, Doctors).Select(doctor => (doctor, StartOf(d.Day, time), d.Upcoming))))
            .Take(Count);
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek != DayOfWeek.Sunday;

    private DateTimeOffset StartOf(DateOnly day, TimeOnly time) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), Zone), TimeSpan.Zero);
}
