namespace ClinicOps.Scheduling.Model;

/// <summary>
/// Part of a day on the clinic's wall clock, from <see cref="StartMinute"/> up to <see cref="EndMinute"/> (minutes since
/// midnight; 1440 is the midnight that ends the day).
/// </summary>
public readonly record struct LocalInterval(int StartMinute, int EndMinute)
{
    public const int MinutesPerDay = 24 * 60;

    public override string ToString() => $"{ClockTimes.Format(StartMinute)}–{ClockTimes.Format(EndMinute)}";
}
