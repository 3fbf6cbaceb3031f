using ClinicOps.Web.Api;

namespace ClinicOps.Web.Schedule;

/// <summary>One interval of a day as the working-hours editor shows it; an end of 00:00 means midnight at the day's end.</summary>
public sealed class EditableInterval
{
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }

    public static EditableInterval From(WorkingInterval interval) => new()
    {
        Start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(interval.StartMinute % (24 * 60))),
        End = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(interval.EndMinute % (24 * 60))),
    };

    public WorkingInterval ToInterval() => new(
        WorkingInterval.Format((Start!.Value.Hour * 60) + Start.Value.Minute),
        End == TimeOnly.MinValue ? "24:00" : WorkingInterval.Format((End!.Value.Hour * 60) + End.Value.Minute));
}
