using System.Globalization;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// One doctor's working hours (none: any time) and time off, read on the clinic's wall clock. Booking checks a slot with
/// <see cref="Check"/>; availability offers the grid starts inside <see cref="FreeWindows"/>. Both rest on the same
/// windows, so a slot offered can be booked and a slot refused is never offered.
/// </summary>
public sealed class DoctorSchedule(WeeklyHours hours, IReadOnlyList<TimeOff> timeOff, WallClock clock)
{
    public WeeklyHours Hours => hours;

    /// <summary>
    /// The stretches of <paramref name="span"/> in which the doctor works, is not off and has no appointment in
    /// <paramref name="busy"/>.
    /// </summary>
    public IReadOnlyList<TimeRange> FreeWindows(TimeRange span, IEnumerable<TimeRange> busy)
    {
        var working = WorkingWindows(span) ?? [span];
        return TimeRanges.Subtract(working, timeOff.Select(t => t.Range).Concat(busy));
    }

    /// <summary>Null when <paramref name="slot"/> lies in the doctor's hours and outside their time off.</summary>
    public ScheduleBreach? Check(TimeRange slot, string doctorName)
    {
        if (timeOff.FirstOrDefault(t => t.Range.Overlaps(slot)) is { } off)
        {
            var reason = off.Reason is null ? "" : $" ({off.Reason})";
            return new ScheduleBreach(ScheduleBreach.InTimeOff,
                $"The appointment ({Describe(slot)}) falls in {doctorName}'s time off from {Local(off.StartsAt)} to {Local(off.EndsAt)}{reason}.");
        }

        if (WorkingWindows(slot) is { } working && !TimeRanges.AnyContains(working, slot))
        {
            var day = clock.DateOf(slot.Start).DayOfWeek;
            var dayHours = hours.On(day) is { Count: > 0 } intervals ? string.Join(", ", intervals) : "none";
            return new ScheduleBreach(ScheduleBreach.OutsideWorkingHours,
                $"The appointment ({Describe(slot)}) is outside {doctorName}'s working hours (on {Weekdays.Name(day)}: {dayHours}).");
        }

        return null;
    }

    /// <summary>
    /// The working hours around <paramref name="span"/> as merged instants (the local dates it touches and one either
    /// side, since an interval up to 24:00 meets the next day's); null when the doctor has no hours and works any time.
    /// </summary>
    private IReadOnlyList<TimeRange>? WorkingWindows(TimeRange span)
    {
        if (hours.IsEmpty)
        {
            return null;
        }

        var ranges = new List<TimeRange>();
        for (var date = clock.DateOf(span.Start).AddDays(-1); date <= clock.DateOf(span.End).AddDays(1); date = date.AddDays(1))
        {
            foreach (var interval in hours.On(date.DayOfWeek))
            {
                ranges.Add(new TimeRange(clock.InstantOf(date, interval.StartMinute), clock.InstantOf(date, interval.EndMinute)));
            }
        }

        return TimeRanges.Merge(ranges);
    }

    private string Describe(TimeRange slot) => $"{Local(slot.Start)}–{clock.LocalTime(slot.End):HH:mm} {clock.Zone.Id}";

    private string Local(DateTimeOffset instant) => clock.LocalTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
