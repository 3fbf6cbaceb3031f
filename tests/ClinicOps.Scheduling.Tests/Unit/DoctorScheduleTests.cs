using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Tests.Unit;

/// <summary>The rule every booking is checked against and every free slot is found with.</summary>
public sealed class DoctorScheduleTests
{
    private static readonly WallClock Berlin = WallClock.For("Europe/Berlin");
    private static readonly DateOnly Tuesday = new(2027, 5, 4);

    private static int At(int hours, int minutes = 0) => (hours * 60) + minutes;

    private static WeeklyHours Week(params (DayOfWeek Day, int Start, int End)[] intervals) =>
        new(intervals.Select(i => (i.Day, new LocalInterval(i.Start, i.End))));

    private static TimeRange Local(DateOnly date, int start, int minutes)
    {
        var from = Berlin.InstantOf(date, start);
        return new TimeRange(from, from.AddMinutes(minutes));
    }

    private static DoctorSchedule Schedule(WeeklyHours hours, params TimeOff[] timeOff) => new(hours, timeOff, Berlin);

    [Fact]
    public void A_day_with_two_intervals_takes_slots_in_either_but_not_across_the_break()
    {
        var schedule = Schedule(Week((DayOfWeek.Tuesday, At(9), At(12, 30)), (DayOfWeek.Tuesday, At(14), At(18))));

        Assert.Null(schedule.Check(Local(Tuesday, At(9), 30), "Dr A"));
        Assert.Null(schedule.Check(Local(Tuesday, At(12), 30), "Dr A"));
        Assert.Null(schedule.Check(Local(Tuesday, At(17, 30), 30), "Dr A"));
        var lunch = schedule.Check(Local(Tuesday, At(12, 15), 30), "Dr A");
        Assert.Equal(ScheduleBreach.OutsideWorkingHours, lunch?.Title);
        Assert.Contains("on tuesday: 09:00–12:30, 14:00–18:00", lunch!.Detail, StringComparison.Ordinal);
        Assert.Equal(ScheduleBreach.OutsideWorkingHours, schedule.Check(Local(Tuesday.AddDays(1), At(10), 30), "Dr A")?.Title);
    }

    [Fact]
    public void Hours_up_to_midnight_join_the_next_days_hours_from_midnight()
    {
        var schedule = Schedule(Week((DayOfWeek.Tuesday, At(20), At(24)), (DayOfWeek.Wednesday, At(0), At(2))));

        Assert.Null(schedule.Check(Local(Tuesday, At(23, 30), 60), "Dr Night"));
        Assert.NotNull(schedule.Check(Local(Tuesday.AddDays(1), At(1, 30), 60), "Dr Night"));
    }

    [Fact]
    public void Time_off_refuses_a_slot_it_touches_even_without_working_hours()
    {
        var off = TimeOff.For(Guid.CreateVersion7(), Local(Tuesday, At(22), 8 * 60), "course", Tuesday.ToDateTime(TimeOnly.MinValue));
        var schedule = Schedule(WeeklyHours.None, off);

        var breach = schedule.Check(Local(Tuesday.AddDays(1), At(5, 45), 30), "Dr B");

        Assert.Equal(ScheduleBreach.InTimeOff, breach?.Title);
        Assert.Contains("from 2027-05-04 22:00 to 2027-05-05 06:00 (course)", breach!.Detail, StringComparison.Ordinal);
        Assert.Null(schedule.Check(Local(Tuesday.AddDays(1), At(6), 30), "Dr B"));
    }

    [Fact]
    public void Without_hours_a_doctor_works_any_time()
    {
        var schedule = Schedule(WeeklyHours.None);

        Assert.Null(schedule.Check(Local(Tuesday, At(3), 30), "Dr C"));
        Assert.Equal([Local(Tuesday, 0, 24 * 60)], schedule.FreeWindows(Local(Tuesday, 0, 24 * 60), []));
    }

    [Fact]
    public void Hours_wholly_in_the_skipped_hour_of_a_spring_change_give_nothing_that_day()
    {
        var schedule = Schedule(Week((DayOfWeek.Sunday, At(2, 15), At(2, 45)), (DayOfWeek.Sunday, At(9), At(10))));
        var springSunday = new DateOnly(2027, 3, 28);

        var free = schedule.FreeWindows(Local(springSunday, 0, 23 * 60), []);

        Assert.Equal([Local(springSunday, At(9), 60)], free);
    }

    [Fact]
    public void Free_windows_leave_out_time_off_and_appointments()
    {
        var off = TimeOff.For(Guid.CreateVersion7(), Local(Tuesday, At(11), 60), null, Tuesday.ToDateTime(TimeOnly.MinValue));
        var schedule = Schedule(Week((DayOfWeek.Tuesday, At(9), At(17))), off);

        var free = schedule.FreeWindows(Local(Tuesday, 0, 24 * 60), [Local(Tuesday, At(9, 30), 30), Local(Tuesday, At(14), 45)]);

        Assert.Equal([Local(Tuesday, At(9), 30), Local(Tuesday, At(10), 60), Local(Tuesday, At(12), 120), Local(Tuesday, At(14, 45), 135)], free);
    }

    [Fact]
    public void Free_slots_are_the_grid_starts_whose_whole_slot_fits_after_now()
    {
        var grid = SlotGrid.Starts(Berlin, Tuesday, Tuesday, 15);
        var free = new[] { Local(Tuesday, At(9), 60), Local(Tuesday, At(10, 20), 40) };
        var now = Berlin.InstantOf(Tuesday, At(9, 5));

        var slots = FreeSlots.Find(grid, free, TimeSpan.FromMinutes(30), now, now.AddYears(5)).Select(s => Berlin.LocalTime(s.Start).TimeOfDay);

        Assert.Equal([new TimeSpan(9, 15, 0), new TimeSpan(9, 30, 0), new TimeSpan(10, 30, 0)], slots);
    }
}
