using ClinicOps.Web.Calendar;

namespace ClinicOps.Web.Tests.Calendar;

public sealed class CalendarPositionTests
{
    [Fact]
    public void A_week_runs_Monday_to_Sunday_around_its_date_and_moves_seven_days_at_a_time()
    {
        var week = new CalendarPosition(CalendarView.Week, new DateOnly(2027, 3, 11), null);

        Assert.Equal(new DateOnly(2027, 3, 8), week.FirstDate);
        Assert.Equal(new DateOnly(2027, 3, 14), week.LastDate);
        Assert.Equal(7, week.Dates.Count);
        Assert.Equal(new DateOnly(2027, 3, 18), week.Next().Date);
        Assert.Equal(new DateOnly(2027, 3, 4), week.Previous().Date);
    }

    [Fact]
    public void A_day_is_one_date_and_moves_a_day_at_a_time()
    {
        var sunday = new CalendarPosition(CalendarView.Day, new DateOnly(2027, 3, 14), null);

        Assert.Equal([new DateOnly(2027, 3, 14)], sunday.Dates);
        Assert.Equal(new DateOnly(2027, 3, 15), sunday.Next().Date);
        Assert.Equal(new DateOnly(2027, 3, 8), sunday.WeekStart);
    }
}
