using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

/// <summary>A doctor's week: the days with hours, Monday first, each with its intervals in order. An empty week: any time.</summary>
public sealed record WorkingHoursResponse(Guid DoctorId, IReadOnlyList<WorkingDayResponse> Week)
{
    public static WorkingHoursResponse From(Guid doctorId, WeeklyHours hours) =>
        new(doctorId, [.. hours.Days.Select(day => new WorkingDayResponse(Weekdays.Name(day),
            [.. hours.On(day).Select(i => new IntervalResponse(ClockTimes.Format(i.StartMinute), ClockTimes.Format(i.EndMinute)))]))]);
}
