namespace ClinicOps.Scheduling.Model;

/// <summary>Days of the week as the API names them (monday…sunday) and as the database numbers them (ISO 8601: 1 = Monday).</summary>
public static class Weekdays
{
    /// <summary>Monday first, as clinics read a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> InOrder =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static readonly IReadOnlyList<string> Names = [.. InOrder.Select(Name)];

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek? Parse(string? name) => InOrder.Cast<DayOfWeek?>().FirstOrDefault(d => Name(d!.Value) == name);

    public static int IsoNumber(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    public static DayOfWeek FromIsoNumber(int number) => number == 7 ? DayOfWeek.Sunday : (DayOfWeek)number;
}
