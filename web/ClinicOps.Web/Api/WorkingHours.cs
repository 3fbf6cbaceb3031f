namespace ClinicOps.Web.Api;

/// <summary>A doctor's week: the days with hours. A doctor without any hours takes appointments at any time.</summary>
public sealed record WorkingHours(Guid DoctorId, IReadOnlyList<WorkingDay> Week)
{
    /// <summary>Monday first, as clinics read a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Days =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public bool IsEmpty => Week.All(day => day.Intervals.Count == 0);

    public IReadOnlyList<WorkingInterval> On(DayOfWeek day) =>
        Week.FirstOrDefault(d => d.Day == DayName(day))?.Intervals ?? [];

    public static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static WorkingHours None(Guid doctorId) => new(doctorId, []);
}
