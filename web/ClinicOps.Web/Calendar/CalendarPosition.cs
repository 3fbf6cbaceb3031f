namespace ClinicOps.Web.Calendar;

/// <summary>What the calendar shows: a day of every doctor, or the week around a date of one doctor.</summary>
public sealed record CalendarPosition(CalendarView View, DateOnly Date, Guid? DoctorId)
{
    /// <summary>The dates shown: the day, or Monday to Sunday of the date's week.</summary>
    public IReadOnlyList<DateOnly> Dates => View == CalendarView.Day
        ? [Date]
        : [.. Enumerable.Range(0, 7).Select(WeekStart.AddDays)];

    public DateOnly WeekStart => Date.AddDays(-(((int)Date.DayOfWeek + 6) % 7));

    public DateOnly FirstDate => Dates[0];

    public DateOnly LastDate => Dates[^1];

    public CalendarPosition Previous() => this with { Date = Date.AddDays(View == CalendarView.Day ? -1 : -7) };

    public CalendarPosition Next() => this with { Date = Date.AddDays(View == CalendarView.Day ? 1 : 7) };
}
