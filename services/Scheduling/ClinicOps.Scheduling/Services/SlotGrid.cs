using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The starts a clinic offers free slots on: every instant of the given local dates at which its wall clock shows a
/// multiple of the slot step since midnight (09:00, 09:15, … for 15 minutes). On the night the clocks go back, the times
/// shown twice are both on the grid; on the night they go forward, the skipped times are not.
/// </summary>
public static class SlotGrid
{
    public static IReadOnlyList<DateTimeOffset> Starts(WallClock clock, DateOnly from, DateOnly to, int stepMinutes)
    {
        var starts = new List<DateTimeOffset>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var dayStart = clock.InstantOf(date, 0);
            var dayEnd = clock.InstantOf(date.AddDays(1), 0);
            if (dayEnd - dayStart == TimeSpan.FromDays(1) && clock.MinuteOfDay(dayStart) == 0)
            {
                // No clock change that day: wall-clock minutes and real minutes go together.
                for (var minute = 0; minute < LocalInterval.MinutesPerDay; minute += stepMinutes)
                {
                    starts.Add(dayStart.AddMinutes(minute));
                }
            }
            else
            {
                // A clock change: walk the day's real minutes and keep those the clock shows on the grid.
                for (var instant = dayStart; instant < dayEnd; instant = instant.AddMinutes(1))
                {
                    if (clock.MinuteOfDay(instant) % stepMinutes == 0)
                    {
                        starts.Add(instant);
                    }
                }
            }
        }

        return starts;
    }
}
