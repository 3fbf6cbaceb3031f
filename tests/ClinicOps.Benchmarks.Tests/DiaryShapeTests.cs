using ClinicOps.Benchmarks.Figures;

namespace ClinicOps.Benchmarks.Tests;

public class DiaryShapeTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void The_diary_holds_the_count_two_weeks_ahead_and_the_rest_in_the_past_on_working_days_only()
    {
        var today = new DateOnly(2030, 3, 20);
        var shape = new DiaryShape(10_000, 5, London, today);

        var visits = shape.Visits().ToList();

        Assert.Equal(10_000, visits.Count);
        var upcoming = visits.Where(v => v.Upcoming).ToList();
        Assert.Equal(12 * 8 * 5, upcoming.Count); // 12 working days in the next 14
        Assert.All(upcoming, v => Assert.True(v.StartsAt > today.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        Assert.All(visits.Where(v => !v.Upcoming), v => Assert.True(v.StartsAt < today.ToDateTime(TimeOnly.MinValue)));
        Assert.DoesNotContain(visits, v => TimeZoneInfo.ConvertTime(v.StartsAt, London).DayOfWeek == DayOfWeek.Sunday);
        Assert.All(visits, v => Assert.Equal(TimeSpan.Zero, v.StartsAt.Offset));
    }

    [Fact]
    public void No_doctor_has_two_visits_at_once_and_every_visit_starts_at_a_listed_wall_clock_time()
    {
        var shape = new DiaryShape(3_000, 5, London, new DateOnly(2030, 10, 30)); // spans the clocks going back

        var visits = shape.Visits().ToList();

        Assert.Equal(visits.Count, visits.Select(v => (v.Doctor, v.StartsAt)).Distinct().Count());
        Assert.All(visits, v => Assert.Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(v.StartsAt, London).DateTime), DiaryShape.Times));
        Assert.Equal(5, visits.Select(v => v.Doctor).Distinct().Count());
    }
}
