using ClinicOps.Web.Api;
using ClinicOps.Web.Clinic;

namespace ClinicOps.Web.Calendar;

/// <summary>
/// The calendar's grid worked out from the API's answers: its columns, a row per slot of the clinic's slot step from the
/// earliest to the latest working hour of the doctors shown (widened to show any appointment outside them), what each
/// slot is (hours, time off, taken, past) and where each appointment sits. Everything on the clinic's wall clock.
/// </summary>
public sealed class CalendarLayout
{
    /// <summary>The axis of a day on which none of the doctors shown has working hours.</summary>
    public const int DefaultStartMinute = 8 * 60;
    public const int DefaultEndMinute = 18 * 60;

    private const int MinutesPerDay = 24 * 60;

    private readonly CalendarSlot[,] slots;
    private readonly ILookup<(int Row, int Column), AppointmentBlock> blocksBySlot;

    private CalendarLayout(IReadOnlyList<CalendarColumn> columns, IReadOnlyList<int> rowMinutes, int stepMinutes, CalendarSlot[,] slots,
        IReadOnlyList<AppointmentBlock> blocks)
    {
        Columns = columns;
        RowMinutes = rowMinutes;
        StepMinutes = stepMinutes;
        this.slots = slots;
        Blocks = blocks;
        blocksBySlot = blocks.ToLookup(b => (b.Row, b.Column));
    }

    public IReadOnlyList<CalendarColumn> Columns { get; }

    /// <summary>The minute of the day each row starts at.</summary>
    public IReadOnlyList<int> RowMinutes { get; }

    public int StepMinutes { get; }

    public IReadOnlyList<AppointmentBlock> Blocks { get; }

    public CalendarSlot Slot(int row, int column) => slots[row, column];

    /// <summary>The appointments that start in a slot, left lane first.</summary>
    public IEnumerable<AppointmentBlock> BlocksIn(int row, int column) => blocksBySlot[(row, column)].OrderBy(b => b.Lane);

    /// <summary>
    /// The slot the keyboard starts on: the first free one from now on, else the first slot that is still ahead, else the first.
    /// </summary>
    public (int Row, int Column) FirstFocus()
    {
        var all = Enumerable.Range(0, RowMinutes.Count).SelectMany(row => Enumerable.Range(0, Columns.Count).Select(column => slots[row, column]))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Column).ToList();
        var first = all.FirstOrDefault(s => s.IsFree) ?? all.FirstOrDefault(s => !s.Past) ?? all.FirstOrDefault();
        return first is null ? (0, 0) : (first.Row, first.Column);
    }

    public static CalendarLayout Build(
        IReadOnlyList<CalendarColumn> columns,
        IReadOnlyDictionary<Guid, WorkingHours> hours,
        IReadOnlyList<TimeOff> timeOff,
        IReadOnlyList<Appointment> appointments,
        IReadOnlyDictionary<Guid, AppointmentType> types,
        int stepMinutes,
        ClinicClock clock)
    {
        var step = Math.Clamp(stepMinutes, 5, 60);
        var placed = columns.ToDictionary(c => c.Index, c => appointments
            .Where(a => a.DoctorId == c.DoctorId && DateOnly.FromDateTime(clock.ToLocal(a.StartsAt).DateTime) == c.Date)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.EndsAt).ToList());
        var (first, end) = Axis(columns, hours, placed.Values.SelectMany(a => a), step, clock);
        var rowMinutes = Enumerable.Range(0, (end - first) / step).Select(i => first + (i * step)).ToList();

        var slots = new CalendarSlot[rowMinutes.Count, columns.Count];
        foreach (var column in columns)
        {
            var week = hours.GetValueOrDefault(column.DoctorId) ?? WorkingHours.None(column.DoctorId);
            var dayHours = week.On(column.Date.DayOfWeek);
            var doctorOff = timeOff.Where(t => t.DoctorId == column.DoctorId).ToList();
            var busy = placed[column.Index].Where(a => a.IsScheduled).ToList();
            TimeOff? previousOff = null;
            for (var row = 0; row < rowMinutes.Count; row++)
            {
                var minute = rowMinutes[row];
                var starts = clock.ToInstant(column.Date, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)));
                var ends = starts.AddMinutes(step);
                var working = week.IsEmpty || dayHours.Any(i => i.StartMinute <= minute && minute < i.EndMinute);
                var off = doctorOff.FirstOrDefault(t => t.StartsAt < ends && starts < t.EndsAt);
                var booked = busy.Any(a => a.StartsAt < ends && starts < a.EndsAt);
                slots[row, column.Index] = new CalendarSlot(row, column.Index, minute, starts, working, off,
                    off is not null && off.Id != previousOff?.Id, booked, starts < clock.Now);
                previousOff = off;
            }
        }

        var blocks = columns.SelectMany(c => Place(c, placed[c.Index], first, end, step, types, clock)).ToList();
        return new CalendarLayout(columns, rowMinutes, step, slots, blocks);
    }

    /// <summary>From the earliest start to the latest end of the hours of the columns' days, widened to their appointments, on the step.</summary>
    private static (int First, int End) Axis(IReadOnlyList<CalendarColumn> columns, IReadOnlyDictionary<Guid, WorkingHours> hours,
        IEnumerable<Appointment> appointments, int step, ClinicClock clock)
    {
        var intervals = columns.SelectMany(c => hours.GetValueOrDefault(c.DoctorId)?.On(c.Date.DayOfWeek) ?? []).ToList();
        var first = intervals.Count == 0 ? DefaultStartMinute : intervals.Min(i => i.StartMinute);
        var end = intervals.Count == 0 ? DefaultEndMinute : intervals.Max(i => i.EndMinute);
        foreach (var appointment in appointments)
        {
            var start = MinuteOfDay(clock.ToLocal(appointment.StartsAt));
            first = Math.Min(first, start);
            end = Math.Max(end, Math.Min(MinutesPerDay, start + appointment.DurationMinutes));
        }

        first = first / step * step;
        end = Math.Min(MinutesPerDay, (end + step - 1) / step * step);
        return (first, Math.Max(end, first + step));
    }

    private static IEnumerable<AppointmentBlock> Place(CalendarColumn column, List<Appointment> appointments, int first, int end, int step,
        IReadOnlyDictionary<Guid, AppointmentType> types, ClinicClock clock)
    {
        // Lanes: each appointment takes the lowest lane free at its start; a group of appointments overlapping one
        // another (directly or through others) shares the number of lanes its busiest moment needed.
        var group = new List<(Appointment Appointment, int Start, int End, int Lane)>();
        var groupEnd = int.MinValue;
        foreach (var appointment in appointments)
        {
            var start = MinuteOfDay(clock.ToLocal(appointment.StartsAt));
            var stop = Math.Min(end, Math.Max(start + appointment.DurationMinutes, start + 1));
            if (start >= groupEnd && group.Count > 0)
            {
                foreach (var block in LaneBlocks(column, group, first, step, types))
                {
                    yield return block;
                }

                group.Clear();
            }

            var lane = 0;
            while (group.Any(g => g.Lane == lane && g.End > start))
            {
                lane++;
            }

            group.Add((appointment, start, stop, lane));
            groupEnd = Math.Max(groupEnd, stop);
        }

        foreach (var block in LaneBlocks(column, group, first, step, types))
        {
            yield return block;
        }
    }

    private static IEnumerable<AppointmentBlock> LaneBlocks(CalendarColumn column, List<(Appointment Appointment, int Start, int End, int Lane)> group,
        int first, int step, IReadOnlyDictionary<Guid, AppointmentType> types)
    {
        var lanes = group.Count == 0 ? 1 : group.Max(g => g.Lane) + 1;
        foreach (var (appointment, start, stop, lane) in group)
        {
            var rowsDown = (double)(start - first) / step;
            var row = (int)Math.Floor(rowsDown);
            var color = appointment.AppointmentTypeId is { } typeId ? types.GetValueOrDefault(typeId)?.Color : null;
            yield return new AppointmentBlock(appointment, column.Index, row, rowsDown - row, (double)(stop - start) / step, lane, lanes, color);
        }
    }

    private static int MinuteOfDay(DateTimeOffset local) => (local.Hour * 60) + local.Minute;
}
